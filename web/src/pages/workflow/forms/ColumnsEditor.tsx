import { useState } from 'react';
import { Button, Card, Dropdown, Flex, Typography, theme } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { fieldIds, insertAfter, move, newColumnId } from './designerOps';
import { FieldProperties } from './FieldProperties';
import { COLUMN_TYPES, FIELD_ICONS, newField, typeName } from './fieldTypes';
import type { FieldType, FormDefinition, FormField } from './types';

interface Props {
  table: FormField;
  definition: FormDefinition;
  onChange(columns: FormField[]): void;
}

/** A small designer for a detail table's columns: add, order, remove, and each column's properties below. */
export function ColumnsEditor({ table, definition, onChange }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  const columns = table.columns ?? [];
  const [picked, setPicked] = useState<number | null>(null);
  const selected = picked !== null && picked < columns.length ? picked : null;
  const column = selected === null ? undefined : columns[selected];

  const add = (type: FieldType) => {
    const index = selected ?? -1;
    onChange(insertAfter(columns, index, newField(t, type, newColumnId(columns))));
    setPicked(index < 0 ? columns.length : index + 1);
  };
  const reorder = (from: number, to: number) => {
    const next = move(columns, from, to);
    onChange(next);
    if (column) setPicked(next.indexOf(column));
  };
  const remove = (i: number) => {
    onChange(columns.filter((_, j) => j !== i));
    setPicked(null);
  };
  const items = COLUMN_TYPES.map((type) => ({ key: type, icon: FIELD_ICONS[type], label: typeName(t, type) }));

  return (
    <Flex vertical gap={6}>
      {columns.map((c, i) => (
        <Flex
          key={i}
          align="center"
          gap={6}
          onClick={() => setPicked(i)}
          style={{
            cursor: 'pointer',
            padding: '2px 6px',
            borderRadius: token.borderRadiusSM,
            border: `1px solid ${i === selected ? token.colorPrimary : token.colorBorderSecondary}`,
            background: i === selected ? token.colorPrimaryBg : undefined,
          }}
        >
          <span style={{ color: token.colorPrimary }}>{FIELD_ICONS[c.type]}</span>
          <Typography.Text ellipsis style={{ flex: 1 }}>{c.label || '—'}</Typography.Text>
          <span onClick={(e) => e.stopPropagation()}>
            <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('wfForm.designer.moveUp')} onClick={() => reorder(i, i - 1)} />
            <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={i === columns.length - 1} aria-label={t('wfForm.designer.moveDown')} onClick={() => reorder(i, i + 1)} />
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('wfForm.designer.remove')} onClick={() => remove(i)} />
          </span>
        </Flex>
      ))}
      <Dropdown menu={{ items, onClick: ({ key }) => add(key as FieldType) }} trigger={['click']}>
        <Button type="dashed" size="small" icon={<PlusOutlined />}>{t('wfForm.prop.addColumn')}</Button>
      </Dropdown>
      {column && selected !== null && (
        <Card size="small" title={t('wfForm.prop.columnProps', { label: column.label })} style={{ marginTop: 8 }}>
          <FieldProperties
            field={column}
            siblings={fieldIds(columns).filter((_, j) => j !== selected)}
            definition={definition}
            inTable
            onChange={(c) => onChange(columns.map((x, j) => (j === selected ? c : x)))}
          />
        </Card>
      )}
    </Flex>
  );
}
