import { Suspense, type ReactNode } from 'react';
import { Button, Card, Flex, Skeleton } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n';
import type { WidgetDef } from './widgets/registry';

interface Props {
  id: string;
  def: WidgetDef;
  editing: boolean;
  first: boolean;
  last: boolean;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

/** One widget on the workspace; in edit mode it carries move and remove buttons. */
export function WidgetCard({ id, def, editing, first, last, onMove, onRemove }: Props) {
  const t = useT();
  const Widget = def.component;
  const tools: ReactNode = editing && (
    <Flex gap={4} wrap justify="flex-end">
      <Button size="small" icon={<ArrowUpOutlined />} disabled={first} onClick={() => onMove(-1)}>
        {t('home.moveUp')}
      </Button>
      <Button size="small" icon={<ArrowDownOutlined />} disabled={last} onClick={() => onMove(1)}>
        {t('home.moveDown')}
      </Button>
      <Button size="small" danger icon={<DeleteOutlined />} onClick={onRemove}>
        {t('home.remove')}
      </Button>
    </Flex>
  );
  return (
    <Card
      data-testid={`widget-${id}`}
      title={
        <Flex gap={8} align="center">
          <span style={{ color: '#1677ff' }}>{def.icon}</span>
          {t(def.titleKey)}
        </Flex>
      }
      style={{ height: '100%', borderStyle: editing ? 'dashed' : undefined, borderColor: editing ? '#1677ff' : undefined }}
    >
      {tools && <div style={{ marginBottom: 12 }}>{tools}</div>}
      <Suspense fallback={<Skeleton active paragraph={{ rows: 2 }} />}>
        <Widget />
      </Suspense>
    </Card>
  );
}
