import { useState } from 'react';
import { Button, Empty, Flex, Popconfirm, Tooltip, Typography, theme } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined, ExclamationCircleOutlined, HolderOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { FIELD_ICONS, typeName } from './fieldTypes';
import { fieldProblem } from './logic';
import type { FormField } from './types';

interface Props {
  fields: FormField[];
  selected: number | null;
  /** Messages about fields from the server ("id", or "table.column" for a column). */
  errors: Record<string, string>;
  onSelect(index: number): void;
  onMove(from: number, to: number): void;
  onDuplicate(index: number): void;
  onRemove(index: number): void;
}

/** Messages about a field itself or any of its columns. */
const messagesOf = (errors: Record<string, string>, id: string) =>
  Object.entries(errors).filter(([key]) => key === id || key.startsWith(id + '.')).map(([, msg]) => msg);

/** The form's fields in order: click to select, drag (or the arrows) to reorder, copy, delete. */
export function Canvas({ fields, selected, errors, onSelect, onMove, onDuplicate, onRemove }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  if (fields.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wfForm.designer.canvasEmpty')} />;

  const stop = (e: React.MouseEvent) => e.stopPropagation();
  return (
    <Flex vertical gap={8}>
      {fields.map((field, i) => {
        const serverMessages = messagesOf(errors, field.id);
        const problem = fieldProblem(field);
        const isSelected = i === selected;
        return (
          <div
            key={i}
            draggable
            onDragStart={() => setDragged(i)}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(i);
            }}
            onDrop={() => dragged !== null && onMove(dragged, i)}
            onDragEnd={() => (setDragged(null), setOver(null))}
            onClick={() => onSelect(i)}
            style={{
              cursor: 'pointer',
              padding: '8px 10px',
              borderRadius: token.borderRadius,
              border: `1px solid ${isSelected ? token.colorPrimary : serverMessages.length ? token.colorError : token.colorBorderSecondary}`,
              background: isSelected ? token.colorPrimaryBg : token.colorBgContainer,
              boxShadow: over === i && dragged !== null && dragged !== i ? `0 -2px 0 ${token.colorPrimary}` : undefined,
              opacity: dragged === i ? 0.5 : 1,
            }}
          >
            <Flex align="center" gap={8}>
              <HolderOutlined style={{ cursor: 'grab', color: token.colorTextTertiary }} />
              <span style={{ color: token.colorPrimary }}>{FIELD_ICONS[field.type]}</span>
              <Flex vertical style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text ellipsis>
                  {field.required && <span style={{ color: token.colorError, marginInlineEnd: 4 }}>*</span>}
                  {field.label || '—'}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                  {typeName(t, field.type)} · {field.id}
                </Typography.Text>
              </Flex>
              {problem && (
                <Tooltip title={t(problem)}>
                  <ExclamationCircleOutlined style={{ color: token.colorWarning }} />
                </Tooltip>
              )}
              <span onClick={stop}>
                <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} title={t('wfForm.designer.moveUp')} aria-label={t('wfForm.designer.moveUp')} onClick={() => onMove(i, i - 1)} />
                <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} title={t('wfForm.designer.moveDown')} aria-label={t('wfForm.designer.moveDown')} onClick={() => onMove(i, i + 1)} />
                <Button type="text" size="small" icon={<CopyOutlined />} title={t('wfForm.designer.duplicate')} aria-label={t('wfForm.designer.duplicate')} onClick={() => onDuplicate(i)} />
                <Popconfirm title={t('wfForm.designer.confirmRemove', { label: field.label })} onConfirm={() => onRemove(i)}>
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} title={t('wfForm.designer.remove')} aria-label={t('wfForm.designer.remove')} />
                </Popconfirm>
              </span>
            </Flex>
            {serverMessages.map((msg) => (
              <Typography.Text key={msg} type="danger" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
                {msg}
              </Typography.Text>
            ))}
          </div>
        );
      })}
    </Flex>
  );
}
