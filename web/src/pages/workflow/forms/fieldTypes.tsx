import type { ReactNode } from 'react';
import {
  AlignLeftOutlined, ApartmentOutlined, CalculatorOutlined, CalendarOutlined, CheckCircleOutlined,
  CheckSquareOutlined, DownSquareOutlined, FieldTimeOutlined, FileTextOutlined, FontSizeOutlined,
  MoneyCollectOutlined, NumberOutlined, PaperClipOutlined, ScheduleOutlined, TableOutlined, UserOutlined,
} from '@ant-design/icons';
import type { T } from '../../../app/i18n';
import type { FieldType, FormField } from './types';

/** The palette, in the order it is shown, with each type's icon. */
export const FIELD_ICONS: Record<FieldType, ReactNode> = {
  text: <FontSizeOutlined />,
  textarea: <AlignLeftOutlined />,
  number: <NumberOutlined />,
  money: <MoneyCollectOutlined />,
  date: <CalendarOutlined />,
  datetime: <FieldTimeOutlined />,
  dateRange: <ScheduleOutlined />,
  select: <DownSquareOutlined />,
  radio: <CheckCircleOutlined />,
  checkbox: <CheckSquareOutlined />,
  person: <UserOutlined />,
  department: <ApartmentOutlined />,
  attachment: <PaperClipOutlined />,
  table: <TableOutlined />,
  description: <FileTextOutlined />,
  computed: <CalculatorOutlined />,
};

export const PALETTE = Object.keys(FIELD_ICONS) as FieldType[];

/** What a detail table's columns may be (no nested tables, no files, nothing read-only). */
export const COLUMN_TYPES: FieldType[] = [
  'text', 'number', 'money', 'date', 'datetime', 'dateRange', 'select', 'radio', 'checkbox', 'person', 'department',
];

export const typeName = (t: T, type: FieldType) => t(`wfForm.type.${type}`);

/** A new field of the type with a sensible start: a label, two options, one column. */
export function newField(t: T, type: FieldType, id: string): FormField {
  const field: FormField = { id, type, label: typeName(t, type) };
  if (type === 'select' || type === 'radio' || type === 'checkbox') {
    field.options = [1, 2].map((n) => ({ label: t('wfForm.prop.optionDefault', { n }), value: `option_${n}` }));
  }
  if (type === 'table') field.columns = [{ id: 'col_1', type: 'text', label: t('wfForm.prop.columnDefault', { n: 1 }) }];
  if (type === 'description') field.description = typeName(t, type);
  if (type === 'computed') field.compute = { op: 'sum', fields: [] };
  return field;
}
