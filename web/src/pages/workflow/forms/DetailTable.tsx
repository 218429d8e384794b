import { useRef, type ReactNode } from 'react';
import { Button, Card, Flex, Form, Table, Typography, theme } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { FieldInput } from './FieldInput';
import { FieldValue } from './FieldValue';
import { columnSum, formatMoney, formatNumber, isNumericType, tableRows } from './logic';
import { useNarrow } from './narrow';
import type { FieldType, FormField, TableRow } from './types';

interface Props {
  field: FormField;
  value: unknown;
  /** Absent: read-only. */
  onChange?(rows: TableRow[] | undefined): void;
  /** Server messages keyed "table.row.column". */
  errors?: Record<string, string>;
}

const WIDTHS: Partial<Record<FieldType, number>> = { number: 130, money: 140, date: 150, datetime: 190, dateRange: 260, checkbox: 220, person: 180 };

const withCell = (row: TableRow, id: string, v: unknown): TableRow => {
  const { [id]: _old, ...rest } = row;
  return v === undefined ? rest : { ...rest, [id]: v };
};

/** 明细: one line per row on a wide screen, a card per row on a phone; number and money columns summed under it. */
export function DetailTable({ field, value, onChange, errors = {} }: Props) {
  const t = useT();
  const narrow = useNarrow();
  const { token } = theme.useToken();
  const rows = tableRows(value);
  const columns = field.columns ?? [];
  // Two cells may change before the next render (a picker closing as another opens): chain them.
  const latest = useRef(rows);
  latest.current = rows;
  const emit = (next: TableRow[]) => {
    latest.current = next;
    onChange?.(next.length ? next : undefined);
  };
  const setCell = (i: number, id: string, v: unknown) => emit(latest.current.map((r, j) => (j === i ? withCell(r, id, v) : r)));
  const removeRow = (i: number) => emit(latest.current.filter((_, j) => j !== i));

  const cell = (col: FormField, row: TableRow, i: number, label?: ReactNode) => {
    if (!onChange) return <FieldValue field={col} value={row[col.id]} />;
    const error = errors[`${field.id}.${i}.${col.id}`];
    return (
      <Form.Item label={label} required={!!label && col.required} validateStatus={error ? 'error' : undefined} help={error} style={{ margin: label ? undefined : 0 }}>
        <FieldInput field={col} value={row[col.id]} onChange={(v) => setCell(i, col.id, v)} status={error ? 'error' : undefined} />
      </Form.Item>
    );
  };
  const removeButton = (i: number) => (
    <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('wfForm.removeRow')} title={t('wfForm.removeRow')} onClick={() => removeRow(i)} />
  );
  const sums = columns.filter((c) => isNumericType(c.type)).map((c) => {
    const sum = columnSum(rows, c.id);
    return { col: c, text: c.type === 'money' ? formatMoney(sum) : formatNumber(sum) };
  });
  const addButton = onChange && (
    <Button type="dashed" block icon={<PlusOutlined />} onClick={() => emit([...latest.current, {}])}>
      {t('wfForm.addRow')}
    </Button>
  );

  if (narrow) {
    return (
      <Flex vertical gap={8}>
        {rows.map((row, i) => (
          <Card key={i} size="small" title={t('wfForm.row', { n: i + 1 })} extra={onChange && removeButton(i)}>
            {columns.map((col) =>
              onChange ? (
                <div key={col.id}>{cell(col, row, i, col.label)}</div>
              ) : (
                <Flex key={col.id} gap={8} style={{ marginBottom: 4 }}>
                  <Typography.Text type="secondary" style={{ flex: 'none' }}>{col.label}</Typography.Text>
                  <div style={{ minWidth: 0 }}>{cell(col, row, i)}</div>
                </Flex>
              ),
            )}
          </Card>
        ))}
        {rows.length === 0 && !onChange && <Typography.Text type="secondary">{t('wfForm.noRows')}</Typography.Text>}
        {rows.length > 0 && sums.length > 0 && (
          <Flex wrap gap={16}>
            <Typography.Text strong>{t('wfForm.sum')}</Typography.Text>
            {sums.map((s) => <span key={s.col.id}>{s.col.label}：{s.text}</span>)}
          </Flex>
        )}
        {addButton}
      </Flex>
    );
  }

  const tableColumns = [
    { key: 'n', title: '#', width: 48, render: (_: unknown, __: unknown, i: number) => i + 1 },
    ...columns.map((col) => ({
      key: col.id,
      width: WIDTHS[col.type] ?? 160,
      title: (
        <span>
          {onChange && col.required && <span style={{ color: token.colorError, marginInlineEnd: 4 }}>*</span>}
          {col.label}
        </span>
      ),
      render: (_: unknown, record: { row: TableRow }, i: number) => cell(col, record.row, i),
    })),
    ...(onChange ? [{ key: 'remove', width: 48, render: (_: unknown, __: unknown, i: number) => removeButton(i) }] : []),
  ];
  const summary = () =>
    rows.length > 0 && sums.length > 0 ? (
      <Table.Summary.Row>
        <Table.Summary.Cell index={0}>{t('wfForm.sum')}</Table.Summary.Cell>
        {columns.map((col, i) => (
          <Table.Summary.Cell key={col.id} index={i + 1}>
            <Typography.Text strong>{sums.find((s) => s.col.id === col.id)?.text}</Typography.Text>
          </Table.Summary.Cell>
        ))}
        {onChange && <Table.Summary.Cell index={columns.length + 1} />}
      </Table.Summary.Row>
    ) : null;

  return (
    <Flex vertical gap={8}>
      <Table
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={tableColumns}
        dataSource={rows.map((row, i) => ({ key: i, row }))}
        summary={summary}
        locale={{ emptyText: t('wfForm.noRows') }}
      />
      {addButton}
    </Flex>
  );
}
