import { useMemo, useRef } from 'react';
import { Descriptions, Empty, Form, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { FieldInput } from './FieldInput';
import { FieldValue } from './FieldValue';
import { computeAll, type Computed } from './logic';
import { NarrowContext, PHONE_WIDTH, useElementWidth } from './narrow';
import type { FieldRight, FieldType, FormDefinition, FormField, FormValues } from './types';
import './i18n';

export interface FormRendererProps {
  definition: FormDefinition;
  value: FormValues;
  onChange?(value: FormValues): void;
  /** The step's field rights; a field not listed is editable (as the server reads them). */
  rights?: Record<string, FieldRight>;
  /** The server's field messages: "amount", or "items.2.price" for a table cell. */
  errors?: Record<string, string>;
  /** view: every value as read-only text, in a description list. */
  mode?: 'edit' | 'view';
}

const rightOf = (rights: Record<string, FieldRight> | undefined, id: string): FieldRight =>
  (rights && Object.hasOwn(rights, id) ? rights[id] : undefined) ?? 'editable';

/** Types whose value wants a whole line in the description list. */
const WIDE: FieldType[] = ['textarea', 'table', 'attachment'];

/** Description-list cells: a wide value takes a row of its own, so the cell before it fills its row. */
function viewItems(fields: FormField[], columns: number): { field: FormField; span: number | 'filled' }[] {
  const items: { field: FormField; span: number | 'filled' }[] = [];
  let used = 0;
  for (const field of fields) {
    if (field.type === 'description') continue;
    const wide = WIDE.includes(field.type);
    if (wide && used > 0) items[items.length - 1].span = 'filled';
    items.push({ field, span: wide ? columns : 1 });
    used = wide ? 0 : (used + 1) % columns;
  }
  return items;
}

interface ItemProps {
  field: FormField;
  right: FieldRight;
  value: unknown;
  onChange(value: unknown): void;
  errors: Record<string, string>;
  computed?: Computed;
}

function FieldItem({ field, right, value, onChange, errors, computed }: ItemProps) {
  if (field.type === 'description') {
    return <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>{field.description}</Typography.Paragraph>;
  }
  const editable = (right === 'editable' || right === 'required') && field.type !== 'computed';
  const error = errors[field.id];
  return (
    <Form.Item
      label={field.label}
      required={editable && (right === 'required' || !!field.required)}
      validateStatus={error ? 'error' : undefined}
      help={error}
      extra={editable ? field.description : undefined}
    >
      {editable ? (
        <FieldInput field={field} value={value} onChange={onChange} errors={errors} status={error ? 'error' : undefined} />
      ) : (
        <FieldValue field={field} value={value} computed={computed} />
      )}
    </Form.Item>
  );
}

/**
 * Renders a form definition with Ant Design: editable fields as controls, read-only ones as text,
 * hidden ones not at all; computed fields follow the values live. Lays itself out for a phone when
 * it is narrower than 576 px, whatever the window.
 */
export function FormRenderer({ definition, value, onChange, rights, errors = {}, mode = 'edit' }: FormRendererProps) {
  const t = useT();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width > 0 && width < PHONE_WIDTH;
  const computed = useMemo(() => computeAll(definition, value), [definition, value]);
  // Several fields may change before the next render: each change builds on the last one.
  const latest = useRef(value);
  latest.current = value;
  const set = (id: string, v: unknown) => {
    const next = { ...latest.current, [id]: v };
    if (v === undefined) delete next[id];
    latest.current = next;
    onChange?.(next);
  };

  const visible = definition.fields.filter((f) => rightOf(rights, f.id) !== 'hidden');
  const view = mode === 'view' || !onChange;
  let body;
  if (visible.length === 0) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wfForm.noFields')} />;
  else if (view) {
    const columns = narrow ? 1 : 2;
    const items = viewItems(visible, columns).map(({ field: f, span }) => ({
      key: f.id,
      label: f.label,
      span,
      children: <FieldValue field={f} value={value[f.id]} computed={computed.get(f.id)} />,
    }));
    body = <Descriptions bordered size="small" column={columns} layout={narrow ? 'vertical' : 'horizontal'} items={items} />;
  } else {
    body = (
      <Form layout="vertical" component="div">
        {visible.map((f) => (
          <FieldItem
            key={f.id}
            field={f}
            right={rightOf(rights, f.id)}
            value={value[f.id]}
            onChange={(v) => set(f.id, v)}
            errors={errors}
            computed={computed.get(f.id)}
          />
        ))}
      </Form>
    );
  }
  return (
    <div ref={ref}>
      <NarrowContext.Provider value={narrow}>{body}</NarrowContext.Provider>
    </div>
  );
}
