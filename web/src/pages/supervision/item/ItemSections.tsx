import { Card, Checkbox, Empty, Flex, List, Tag, Timeline as AntTimeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import type { ItemView } from '../api';
import { PaperClipOutlined } from '@ant-design/icons';
import { fileUrl } from '../../workflow/forms/api';
import { useItemCommand } from './useItemCommand';

const EVENT_COLOR: Record<string, string> = { report: 'blue', urge: 'orange', overdue: 'red', escalated: 'red', reportMissed: 'red', concluded: 'green', extensionApproved: 'green', extensionRejected: 'gray' };

export function Milestones({ item }: { item: ItemView }) {
  const t = useT();
  const command = useItemCommand(item.id);
  return (
    <Card title={t('supervision.item.milestones')} size="small">
      {item.milestones.length ? (
        <List
          size="small"
          dataSource={item.milestones}
          renderItem={(m) => (
            <List.Item>
              <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                <Checkbox checked={m.done} disabled={!item.can.milestones || command.isPending} onChange={(e) => command.mutate({ path: `milestones/${m.id}`, body: { done: e.target.checked }, method: 'PUT' })}>
                  {m.title}
                </Checkbox>
                <Typography.Text type={m.overdue ? 'danger' : 'secondary'}>{m.dueOn}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('supervision.item.noMilestones')}</Typography.Text>
      )}
    </Card>
  );
}

export function Timeline({ item }: { item: ItemView }) {
  const t = useT();
  return (
    <Card title={t('supervision.item.timeline')} size="small">
      <AntTimeline
        items={[...item.timeline].reverse().map((e) => ({
          color: EVENT_COLOR[e.kind] ?? 'gray',
          content: (
            <div data-testid={`event-${e.kind}`}>
              <Typography.Text strong>{t(`supervision.event.${e.kind}`)}</Typography.Text>
              {e.percent !== null && <Tag style={{ marginLeft: 8 }}>{e.percent}%</Tag>}
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {e.actor || t('supervision.event.system')} · {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
              {e.body && <div style={{ whiteSpace: 'pre-wrap' }}>{e.body}</div>}
              {e.files.map((f) => (
                <div key={f.id}>
                  <a href={fileUrl(f.id)} target="_blank" rel="noreferrer">
                    <PaperClipOutlined /> {f.name}
                  </a>
                </div>
              ))}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

export function Extensions({ item }: { item: ItemView }) {
  const t = useT();
  if (!item.extensions.length) return null;
  return (
    <Card title={t('supervision.item.extensions')} size="small">
      <List
        size="small"
        dataSource={item.extensions}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        renderItem={(e) => (
          <List.Item>
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8}>
                <span>
                  {e.oldDeadline} → <Typography.Text strong>{e.newDeadline}</Typography.Text>
                </span>
                <Tag color={e.status === 'approved' ? 'green' : e.status === 'pending' ? 'blue' : 'default'}>{t(`supervision.extension.${e.status}`)}</Tag>
              </Flex>
              <Typography.Text type="secondary">
                {e.requestedBy}：{e.reason}
              </Typography.Text>
              {e.flowInstanceId && <Link to={`/workflow/instances/${e.flowInstanceId}`}>{dayjs(e.requestedAt).format('YYYY-MM-DD HH:mm')}</Link>}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
