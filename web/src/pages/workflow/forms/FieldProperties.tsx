import { Flex, Form, Input, InputNumber, Radio, Select, Switch, Tag } from 'antd';
import { useT } from '../../../app/i18n';
import { ColumnsEditor } from './ColumnsEditor';
import { FIELD_ICONS, typeName } from './fieldTypes';
import { IdInput } from './IdInput';
import { fenToYuan, numericRefs, yuanToFen } from './logic';
import { OptionsEditor } from './OptionsEditor';
import type { FieldType, FormDefinition, FormField } from './types';

interface Props {
  field: FormField;
  /** Ids of the other fields (or columns) beside this one. */
  siblings: string[];
  /** The whole form, for the operands of a computed field. */
  definition: FormDefinition;
  onChange(field: FormField): void;
  /** A column of a detail table: no help text, no columns, no formula. */
  inTable?: boolean;
}

const PLACEHOLDER: FieldType[] = ['text', 'textarea', 'number', 'money', 'date', 'datetime', 'select', 'person', 'department'];
const CHOICE: FieldType[] = ['select', 'radio', 'checkbox'];
const NO_VALUE: FieldType[] = ['computed', 'description'];
const DECIMALS = [0, 1, 2, 3, 4, 5, 6];

/** The properties of one field, by type; every change is handed back at once. */
export function FieldProperties({ field, siblings, definition, onChange, inTable }: Props) {
  const t = useT();
  const is = (...types: FieldType[]) => types.includes(field.type);
  const patch = (changes: Partial<FormField>) => {
    const next: FormField = { ...field, ...changes };
    for (const key of Object.keys(changes) as (keyof FormField)[]) if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  const text = (v: string) => (v === '' ? undefined : v);
  const money = is('money');
  const bound = (v?: number) => (v === undefined ? null : money ? fenToYuan(v) : v);
  const toBound = (v: number | null) => (v === null ? undefined : money ? yuanToFen(v) : v);

  return (
    <Form layout="vertical" component="div">
      <Flex style={{ marginBottom: 12 }}>
        <Tag icon={FIELD_ICONS[field.type]} color="blue">{typeName(t, field.type)}</Tag>
      </Flex>
      <Form.Item
        label={t('wfForm.prop.label')}
        required
        validateStatus={field.label.trim() ? undefined : 'error'}
        help={field.label.trim() ? undefined : t('wfForm.prop.labelRequired')}
      >
        <Input value={field.label} maxLength={60} onChange={(e) => patch({ label: e.target.value })} />
      </Form.Item>
      <IdInput id={field.id} siblings={siblings} onChange={(id) => patch({ id })} />
      {is('description') && (
        <Form.Item label={t('wfForm.prop.descriptionText')}>
          <Input.TextArea value={field.description} maxLength={2000} autoSize={{ minRows: 3 }} onChange={(e) => patch({ description: text(e.target.value) })} />
        </Form.Item>
      )}
      {!is(...NO_VALUE) && (
        <Form.Item label={t('wfForm.prop.required')}>
          <Switch checked={!!field.required} onChange={(v) => patch({ required: v || undefined })} />
        </Form.Item>
      )}
      {is(...PLACEHOLDER) && (
        <Form.Item label={t('wfForm.prop.placeholder')}>
          <Input value={field.placeholder} maxLength={100} onChange={(e) => patch({ placeholder: text(e.target.value) })} />
        </Form.Item>
      )}
      {!inTable && !is('description') && (
        <Form.Item label={t('wfForm.prop.description')}>
          <Input.TextArea value={field.description} maxLength={2000} autoSize={{ minRows: 2 }} onChange={(e) => patch({ description: text(e.target.value) })} />
        </Form.Item>
      )}
      {is(...CHOICE) && (
        <Form.Item label={t('wfForm.prop.options')} required>
          <OptionsEditor value={field.options ?? []} onChange={(options) => patch({ options })} />
        </Form.Item>
      )}
      {is('number', 'money') && (
        <Flex gap={8}>
          <Form.Item label={t(money ? 'wfForm.prop.minMoney' : 'wfForm.prop.min')} style={{ flex: 1 }}>
            <InputNumber<number> value={bound(field.min)} precision={money ? 2 : undefined} onChange={(v) => patch({ min: toBound(v) })} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label={t(money ? 'wfForm.prop.maxMoney' : 'wfForm.prop.max')}
            style={{ flex: 1 }}
            validateStatus={field.min !== undefined && field.max !== undefined && field.min > field.max ? 'error' : undefined}
          >
            <InputNumber<number> value={bound(field.max)} precision={money ? 2 : undefined} onChange={(v) => patch({ max: toBound(v) })} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
      )}
      {is('number') && (
        <Form.Item label={t('wfForm.prop.decimals')}>
          <Select<number | 'any'>
            value={field.decimals ?? 'any'}
            onChange={(v) => patch({ decimals: v === 'any' ? undefined : v })}
            options={[{ value: 'any' as const, label: t('wfForm.prop.decimalsAny') }, ...DECIMALS.map((d) => ({ value: d, label: String(d) }))]}
          />
        </Form.Item>
      )}
      {is('text', 'textarea') && (
        <Form.Item label={t('wfForm.prop.maxLength')}>
          <InputNumber<number> value={field.maxLength ?? null} min={1} max={20000} precision={0} onChange={(v) => patch({ maxLength: v ?? undefined })} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {is('person', 'department') && (
        <Form.Item label={t('wfForm.prop.multiple')}>
          <Switch checked={!!field.multiple} onChange={(v) => patch({ multiple: v || undefined })} />
        </Form.Item>
      )}
      {is('table') && (
        <Form.Item label={t('wfForm.prop.columns')} required>
          <ColumnsEditor table={field} definition={definition} onChange={(columns) => patch({ columns })} />
        </Form.Item>
      )}
      {is('computed') && (
        <>
          <Form.Item label={t('wfForm.prop.computeOp')}>
            <Radio.Group
              value={field.compute?.op ?? 'sum'}
              onChange={(e) => patch({ compute: { op: e.target.value, fields: field.compute?.fields ?? [] } })}
              options={[
                { value: 'sum', label: t('wfForm.prop.computeSum') },
                { value: 'product', label: t('wfForm.prop.computeProduct') },
              ]}
            />
          </Form.Item>
          <Form.Item label={t('wfForm.prop.computeFields')} required extra={t('wfForm.prop.computeFieldsHelp')}>
            <Select
              mode="multiple"
              value={field.compute?.fields ?? []}
              onChange={(fields) => patch({ compute: { op: field.compute?.op ?? 'sum', fields } })}
              options={numericRefs(definition, field.id)}
              placeholder={t('wfForm.choose')}
              maxCount={20}
            />
          </Form.Item>
        </>
      )}
    </Form>
  );
}
