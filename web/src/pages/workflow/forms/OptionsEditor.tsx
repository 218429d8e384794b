import { Button, Flex, Input } from 'antd';
import { ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { move } from './designerOps';
import { nextId } from './logic';

type Option = { label: string; value: string };

interface Props {
  value: Option[];
  onChange(options: Option[]): void;
}

/** Choices of a select, radio or checkbox field: the label people see and the value stored (and compared by conditions). */
export function OptionsEditor({ value, onChange }: Props) {
  const t = useT();
  const set = (i: number, patch: Partial<Option>) => onChange(value.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const duplicated = (v: string) => value.filter((o) => o.value === v).length > 1;
  const add = () => {
    const id = nextId(value.map((o) => o.value), 'option');
    onChange([...value, { label: t('wfForm.prop.optionDefault', { n: value.length + 1 }), value: id }]);
  };
  return (
    <Flex vertical gap={6}>
      {value.map((o, i) => (
        <Flex key={i} gap={4} align="center">
          <Input
            value={o.label}
            maxLength={60}
            placeholder={t('wfForm.prop.optionLabel')}
            status={o.label.trim() ? undefined : 'error'}
            onChange={(e) => set(i, { label: e.target.value })}
            style={{ flex: 3 }}
          />
          <Input
            value={o.value}
            maxLength={60}
            placeholder={t('wfForm.prop.optionValue')}
            title={t('wfForm.prop.optionValue')}
            status={!o.value.trim() || duplicated(o.value) ? 'error' : undefined}
            onChange={(e) => set(i, { value: e.target.value.trim() })}
            style={{ flex: 2 }}
          />
          <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('wfForm.designer.moveUp')} onClick={() => onChange(move(value, i, i - 1))} />
          <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('wfForm.designer.remove')} onClick={() => onChange(value.filter((_, j) => j !== i))} />
        </Flex>
      ))}
      <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={add}>
        {t('wfForm.prop.addOption')}
      </Button>
    </Flex>
  );
}
