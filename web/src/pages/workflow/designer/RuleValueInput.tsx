import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n';
import { DepartmentSelect } from '../forms/DepartmentSelect';
import { PersonSelect } from '../forms/PersonSelect';
import type { Cmp, RuleField } from './fields';

interface Props {
  field: RuleField | undefined;
  cmp: Cmp;
  value: unknown;
  onChange(value: unknown): void;
}

const asString = (v: unknown) => (typeof v === 'string' ? v : undefined);
const asNumber = (v: unknown) => (typeof v === 'number' ? v : null);

/** The value a condition compares with, in the input its field calls for; money is typed in 元 and kept in 分. */
export function RuleValueInput({ field, cmp, value, onChange }: Props) {
  const t = useT();
  const style = { width: '100%' };
  switch (field?.kind) {
    case 'number':
      return <InputNumber value={asNumber(value)} onChange={(v) => onChange(v ?? undefined)} style={style} />;
    case 'money':
      return (
        <InputNumber
          value={typeof value === 'number' ? value / 100 : null}
          onChange={(v) => onChange(v === null ? undefined : Math.round(v * 100))}
          precision={2}
          min={0}
          suffix={t('designer.rule.yuan')}
          style={style}
        />
      );
    case 'date':
      return (
        <DatePicker
          value={asString(value) ? dayjs(asString(value)) : null}
          onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)}
          style={style}
        />
      );
    case 'choice':
    case 'multi':
      return (
        <Select
          mode={cmp === 'in' ? 'multiple' : undefined}
          value={cmp === 'in' ? (Array.isArray(value) ? value : []) : asString(value)}
          onChange={(v) => onChange(v)}
          options={field.options}
          placeholder={t('designer.choose')}
          style={style}
        />
      );
    case 'person':
      return <PersonSelect value={asString(value) ? [value as string] : []} onChange={(ids) => onChange(ids?.[0])} />;
    case 'department':
      return <DepartmentSelect value={asString(value) ? [value as string] : []} onChange={(ids) => onChange(ids?.[0])} />;
    default:
      return <Input value={asString(value) ?? ''} onChange={(e) => onChange(e.target.value)} disabled={!field} style={style} />;
  }
}
