import { Card, Collapse } from 'antd';
import { useT } from '../../../app/i18n';
import { FlowCanvas } from '../designer';
import type { InstanceView } from '../api';

/** The flow drawn with the passed steps checked and the current ones lit; folded away on a phone. */
export function FlowPanel({ view, phone }: { view: InstanceView; phone: boolean }) {
  const t = useT();
  const resolveName = (id: string) => view.names[id];
  const canvas = <FlowCanvas tree={view.tree} readOnly highlight={view.progress} form={view.form} resolveName={resolveName} />;
  if (phone) return <Collapse items={[{ key: 'flow', label: t('workflow.instance.flow'), children: canvas }]} />;
  return (
    <Card title={t('workflow.instance.flow')} styles={{ body: { padding: 8 } }}>
      {canvas}
    </Card>
  );
}
