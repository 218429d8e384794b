import { Checkbox, Input, InputNumber, Radio, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { AttachmentInput } from './AttachmentInput';
import { DateInput, DateRangeInput, DateTimeInput } from './dateInputs';
import { DepartmentSelect } from './DepartmentSelect';
import { DetailTable } from './DetailTable';
import { fenToYuan, yuanToFen } from './logic';
import { PersonSelect } from './PersonSelect';
import type { FormField } from './types';

interface FieldInputProps {
  field: FormField;
  value: unknown;
  onChange(value: unknown): void;
  /** Server messages for this field's cells ("table.row.column"), tables only. */
  errors?: Record<string, string>;
  status?: 'error';
}

/** The server's default text limits when the field sets none. */
const TEXT_MAX = { text: 500, textarea: 5000 } as const;

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
const emptyToUndefined = (v: string) => (v === '' ? undefined : v);

/** The editing control of one field, by type. Values keep their wire shapes (fen, ids, 'YYYY-MM-DD'). */
export function FieldInput({ field, value, onChange, errors = {}, status }: FieldInputProps) {
  const t = useT();
  const input = field.placeholder ?? t('wfForm.input');
  const choose = field.placeholder ?? t('wfForm.choose');
  const common = { status, style: { width: '100%' } };
  switch (field.type) {
    case 'text':
      return <Input {...common} value={str(value)} onChange={(e) => onChange(emptyToUndefined(e.target.value))} placeholder={input} maxLength={field.maxLength ?? TEXT_MAX.text} />;
    case 'textarea':
      return (
        <Input.TextArea
          {...common}
          value={str(value)}
          onChange={(e) => onChange(emptyToUndefined(e.target.value))}
          placeholder={input}
          maxLength={field.maxLength ?? TEXT_MAX.textarea}
          showCount={field.maxLength !== undefined}
          autoSize={{ minRows: 3, maxRows: 12 }}
        />
      );
    case 'number':
      return (
        <InputNumber<number>
          {...common}
          value={num(value)}
          onChange={(v) => onChange(v ?? undefined)}
          min={field.min}
          max={field.max}
          precision={field.decimals}
          placeholder={input}
        />
      );
    case 'money':
      return (
        <InputNumber<number>
          {...common}
          prefix="¥"
          precision={2}
          value={num(value) === null ? null : fenToYuan(value as number)}
          onChange={(v) => onChange(v === null ? undefined : yuanToFen(v))}
          min={field.min === undefined ? undefined : fenToYuan(field.min)}
          max={field.max === undefined ? undefined : fenToYuan(field.max)}
          placeholder={input}
        />
      );
    case 'date':
      return <DateInput value={value} onChange={onChange} placeholder={choose} status={status} />;
    case 'datetime':
      return <DateTimeInput value={value} onChange={onChange} placeholder={choose} status={status} />;
    case 'dateRange':
      return <DateRangeInput value={value} onChange={onChange} status={status} />;
    case 'select':
      return <Select {...common} value={str(value)} onChange={(v) => onChange(v ?? undefined)} options={field.options} placeholder={choose} allowClear />;
    case 'radio':
      return <Radio.Group value={str(value)} onChange={(e) => onChange(e.target.value)} options={field.options} />;
    case 'checkbox':
      return <Checkbox.Group value={strings(value)} onChange={(v) => onChange(v.length ? v : undefined)} options={field.options} />;
    case 'person':
      return <PersonSelect value={strings(value)} onChange={onChange} multiple={field.multiple} placeholder={field.placeholder} status={status} />;
    case 'department':
      return <DepartmentSelect value={strings(value)} onChange={onChange} multiple={field.multiple} placeholder={field.placeholder} status={status} />;
    case 'attachment':
      return <AttachmentInput value={strings(value)} onChange={onChange} />;
    case 'table':
      return <DetailTable field={field} value={value} onChange={onChange} errors={errors} />;
    case 'description':
    case 'computed':
      return null;
  }
}
