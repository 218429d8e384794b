import { Button, Flex, Radio, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { COMPARATORS, type RuleField } from './fields';
import { RuleValueInput } from './RuleValueInput';
import type { RuleGroup, RuleItem } from './types';

interface Props {
  value: RuleGroup;
  onChange(value: RuleGroup): void;
  fields: RuleField[];
  /** Nesting depth: groups inside a group are offered only at the top. */
  depth?: number;
}

function ItemRow({ item, fields, onChange, onRemove }: { item: RuleItem; fields: RuleField[]; onChange(i: RuleItem): void; onRemove(): void }) {
  const t = useT();
  const field = fields.find((f) => f.key === item.field);
  const cmps = field ? COMPARATORS[field.kind] : [];
  return (
    <Flex gap={6} wrap align="center" data-testid="rule-item">
      <Select
        value={item.field || undefined}
        onChange={(key) => {
          const f = fields.find((x) => x.key === key);
          onChange({ field: key, cmp: f ? COMPARATORS[f.kind][0] : 'eq', value: undefined });
        }}
        options={fields.map((f) => ({ value: f.key, label: f.label }))}
        placeholder={t('designer.rule.field')}
        style={{ flex: '1 1 140px', minWidth: 120 }}
      />
      <Select
        value={item.cmp}
        onChange={(cmp) => onChange({ ...item, cmp, value: cmp === 'in' || item.cmp === 'in' ? undefined : item.value })}
        options={cmps.map((c) => ({ value: c, label: t(`designer.cmp.${c}`) }))}
        disabled={!field}
        style={{ flex: '0 0 96px' }}
      />
      <div style={{ flex: '1 1 140px', minWidth: 120 }}>
        <RuleValueInput field={field} cmp={item.cmp} value={item.value} onChange={(value) => onChange({ ...item, value })} />
      </div>
      <Button type="text" icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('designer.delete')} />
    </Flex>
  );
}

/** Conditions on form fields, joined by AND or OR, with one level of nested groups. */
export function RuleBuilder({ value, onChange, fields, depth = 0 }: Props) {
  const t = useT();
  const setItem = (i: number, item: RuleItem | RuleGroup) => onChange({ ...value, items: value.items.map((x, j) => (j === i ? item : x)) });
  const remove = (i: number) => onChange({ ...value, items: value.items.filter((_, j) => j !== i) });
  const add = (item: RuleItem | RuleGroup) => onChange({ ...value, items: [...value.items, item] });
  const newItem = (): RuleItem => ({ field: '', cmp: 'eq', value: undefined });

  return (
    <Flex vertical gap={8}>
      <Radio.Group
        value={value.op}
        onChange={(e) => onChange({ ...value, op: e.target.value })}
        optionType="button"
        size="small"
        options={(['and', 'or'] as const).map((op) => ({ value: op, label: t(`designer.rule.${op}`) }))}
      />
      {value.items.map((item, i) =>
        'op' in item ? (
          <Flex key={i} gap={6} align="start" style={{ padding: 8, border: '1px dashed #d9d9d9', borderRadius: 8 }}>
            <div style={{ flex: 1 }}>
              <RuleBuilder value={item} onChange={(g) => setItem(i, g)} fields={fields} depth={depth + 1} />
            </div>
            <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(i)} aria-label={t('designer.delete')} />
          </Flex>
        ) : (
          <ItemRow key={i} item={item} fields={fields} onChange={(x) => setItem(i, x)} onRemove={() => remove(i)} />
        ),
      )}
      <Flex gap={8} wrap>
        <Button size="small" icon={<PlusOutlined />} onClick={() => add(newItem())}>
          {t('designer.rule.addItem')}
        </Button>
        {depth === 0 && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => add({ op: 'or', items: [newItem()] })}>
            {t('designer.rule.addGroup')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
