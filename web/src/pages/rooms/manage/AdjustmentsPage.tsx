import { useState } from 'react';
import { Button, Card, Flex, Input, List, Segmented, Space, Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../../org/shared/feedback';
import { QueryError } from '../../org/shared/QueryError';
import { handleAdjustment, ROOMS_KEY, useAdjustments, type Adjustment } from '../api';
import '../i18n';

const STATUSES: Adjustment['status'][] = ['open', 'done', 'declined'];

/** 调整申请: what bookers asked the administrative office for, arranged or declined with a reply. */
export default function AdjustmentsPage() {
  const t = useT();
  const [status, setStatus] = useState<Adjustment['status']>('open');
  const list = useAdjustments(status);
  const [replies, setReplies] = useState<Record<string, string>>({});
  const handle = useApiMutation((v: { id: string; status: 'done' | 'declined' }) => handleAdjustment(v.id, { status: v.status, reply: replies[v.id] ?? '' }), [ROOMS_KEY]);
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('rooms.menu.adjustments')}
      </Typography.Title>
      <Card>
        <Segmented value={status} onChange={(v) => setStatus(v as Adjustment['status'])} options={STATUSES.map((s) => ({ value: s, label: t(`rooms.adjustments.${s}`) }))} />
        <QueryError error={list.error} />
        <List
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('rooms.adjustments.empty') }}
          renderItem={(a) => (
            <List.Item>
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <Space wrap>
                  <Tag>{t(`rooms.adjust.kind.${a.kind}`)}</Tag>
                  <Typography.Text strong>{a.detail}</Typography.Text>
                </Space>
                <Typography.Text type="secondary">
                  {a.booking.roomName} · {a.booking.time} · {a.booking.title} · {t('rooms.adjustments.by', { name: a.requestedBy.name })}
                </Typography.Text>
                {a.status === 'open' ? (
                  <>
                    <Input placeholder={t('rooms.adjustments.reply')} maxLength={500} value={replies[a.id] ?? ''} onChange={(e) => setReplies({ ...replies, [a.id]: e.target.value })} style={{ maxWidth: 420 }} />
                    <Space>
                      <Button type="primary" size="small" onClick={() => handle.mutate({ id: a.id, status: 'done' })}>
                        {t('rooms.adjustments.markDone')}
                      </Button>
                      <Button size="small" onClick={() => handle.mutate({ id: a.id, status: 'declined' })}>
                        {t('rooms.adjustments.decline')}
                      </Button>
                    </Space>
                  </>
                ) : (
                  a.reply && <Typography.Text>{a.reply}{a.handledBy ? ` —— ${a.handledBy.name}` : ''}</Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
