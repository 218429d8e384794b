import { Button, Dropdown, Radio, Table, Typography } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { FIELD_ICONS } from './fieldTypes';
import type { FieldRight, FormDefinition, FormField } from './types';
import './i18n';

export interface FieldRightsEditorProps {
  definition: FormDefinition;
  /** fieldId → right; a field not listed is editable, as the server reads it. */
  value: Record<string, FieldRight>;
  onChange(value: Record<string, FieldRight>): void;
}

const RIGHTS: FieldRight[] = ['editable', 'readonly', 'hidden', 'required'];
/** Computed fields are never typed in: shown or hidden only. */
const rightsFor = (field: FormField): FieldRight[] => (field.type === 'computed' ? ['readonly', 'hidden'] : RIGHTS);
const current = (value: Record<string, FieldRight>, field: FormField): FieldRight => {
  const right = (Object.hasOwn(value, field.id) ? value[field.id] : undefined) ?? 'editable';
  return rightsFor(field).includes(right) ? right : 'readonly';
};

/** Per-step field rights: each field of the form × 可编辑 / 只读 / 隐藏 / 必填, with a "set all" menu. */
export function FieldRightsEditor({ definition, value, onChange }: FieldRightsEditorProps) {
  const t = useT();
  const fields = definition.fields.filter((f) => f.type !== 'description');
  const setAll = (right: FieldRight) =>
    onChange(Object.fromEntries(fields.map((f) => [f.id, rightsFor(f).includes(right) ? right : 'readonly'])));

  const columns = [
    {
      key: 'field',
      title: t('wfForm.rights.field'),
      render: (_: unknown, f: FormField) => (
        <Typography.Text>
          <span style={{ marginInlineEnd: 6 }}>{FIELD_ICONS[f.type]}</span>
          {f.label}
        </Typography.Text>
      ),
    },
    {
      key: 'right',
      align: 'right' as const,
      title: (
        <Dropdown
          trigger={['click']}
          menu={{ items: RIGHTS.map((r) => ({ key: r, label: t(`wfForm.rights.${r}`) })), onClick: ({ key }) => setAll(key as FieldRight) }}
        >
          <Button size="small" type="link">
            {t('wfForm.rights.setAll')} <DownOutlined />
          </Button>
        </Dropdown>
      ),
      render: (_: unknown, f: FormField) => (
        <Radio.Group
          size="small"
          optionType="button"
          value={current(value, f)}
          onChange={(e) => onChange({ ...value, [f.id]: e.target.value })}
          options={rightsFor(f).map((r) => ({ value: r, label: t(`wfForm.rights.${r}`) }))}
        />
      ),
    },
  ];
  return <Table size="small" rowKey="id" pagination={false} columns={columns} dataSource={fields} scroll={{ x: 'max-content' }} />;
}
