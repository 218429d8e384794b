import { useState } from 'react';
import { Button, Card, Flex, Input, List, Space, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../../org/shared/feedback';
import { QueryError } from '../../org/shared/QueryError';
import { decideBooking, ROOMS_KEY, usePending } from '../api';
import { BookingTags } from '../labels';
import '../i18n';

/** 预订审批: bookings of rooms that need approval, soonest first; a weekly series is decided as one. */
export default function ApprovalsPage() {
  const t = useT();
  const pending = usePending();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const decide = useApiMutation((v: { id: string; approve: boolean }) => decideBooking(v.id, v.approve, notes[v.id] ?? ''), [ROOMS_KEY]);
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('rooms.menu.approvals')}
      </Typography.Title>
      <Card>
        <QueryError error={pending.error} />
        <List
          loading={pending.isLoading}
          dataSource={pending.data?.items ?? []}
          locale={{ emptyText: t('rooms.approvals.empty') }}
          renderItem={(b) => (
            <List.Item>
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{b.title}</Typography.Text>
                  <BookingTags booking={b} />
                </Space>
                <Typography.Text type="secondary">
                  {b.roomName} · {b.date} {b.start}–{b.end} · {t('rooms.by', { name: b.bookedBy.name })}
                </Typography.Text>
                <Input
                  placeholder={t('rooms.approvals.note')}
                  maxLength={200}
                  value={notes[b.id] ?? ''}
                  onChange={(e) => setNotes({ ...notes, [b.id]: e.target.value })}
                  style={{ maxWidth: 420 }}
                />
                <Space>
                  <Button type="primary" size="small" onClick={() => decide.mutate({ id: b.id, approve: true })}>
                    {t('rooms.approvals.approve')}
                  </Button>
                  <Button danger size="small" onClick={() => decide.mutate({ id: b.id, approve: false })}>
                    {t('rooms.approvals.reject')}
                  </Button>
                </Space>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
