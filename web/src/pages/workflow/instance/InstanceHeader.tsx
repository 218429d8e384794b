import { Card, Descriptions, Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import type { InstanceView } from '../api';
import { formatTime, StatusTag } from '../labels';

/** Title, status, flow and version, initiator, times and the steps it now waits at. */
export function InstanceHeader({ view, phone }: { view: InstanceView; phone: boolean }) {
  const t = useT();
  const { instance } = view;
  const current = [...new Set(view.tasks.filter((k) => k.status === 'pending' && k.kind !== 'cc').map((k) => k.stepName))];
  const items = [
    { key: 'flow', label: t('workflow.instance.flowName'), children: t('workflow.instance.version', { name: instance.definitionName, version: instance.version }) },
    { key: 'initiator', label: t('workflow.inbox.initiator'), children: instance.initiator.name },
    { key: 'started', label: t('workflow.instance.startedAt'), children: formatTime(instance.startedAt ?? instance.createdAt) },
    instance.finishedAt
      ? { key: 'finished', label: t('workflow.instance.finishedAt'), children: formatTime(instance.finishedAt) }
      : { key: 'current', label: t('workflow.inbox.currentStep'), children: current.join('、') || '—' },
  ];
  return (
    <Card styles={{ body: { padding: phone ? 12 : 20 } }}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="instance-title">
          {instance.title}
        </Typography.Title>
        <StatusTag status={instance.status} />
      </Flex>
      <Descriptions size="small" column={phone ? 1 : 2} items={items} />
    </Card>
  );
}
