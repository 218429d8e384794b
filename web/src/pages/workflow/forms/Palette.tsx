import { Button, Dropdown } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { FIELD_ICONS, PALETTE, typeName } from './fieldTypes';
import type { FieldType } from './types';

interface Props {
  onAdd(type: FieldType): void;
  /** On a phone: one "添加字段" button with the types in a menu. */
  compact?: boolean;
}

/** The field types to add, with their icons and Chinese names. */
export function Palette({ onAdd, compact }: Props) {
  const t = useT();
  if (compact) {
    const items = PALETTE.map((type) => ({ key: type, icon: FIELD_ICONS[type], label: typeName(t, type) }));
    return (
      <Dropdown menu={{ items, onClick: ({ key }) => onAdd(key as FieldType) }} trigger={['click']}>
        <Button type="primary" icon={<PlusOutlined />}>{t('wfForm.designer.addField')}</Button>
      </Dropdown>
    );
  }
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
      {PALETTE.map((type) => (
        <Button key={type} icon={FIELD_ICONS[type]} onClick={() => onAdd(type)} style={{ justifyContent: 'flex-start', paddingInline: 8 }}>
          {typeName(t, type)}
        </Button>
      ))}
    </div>
  );
}
