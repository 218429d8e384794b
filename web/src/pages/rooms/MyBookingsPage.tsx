import { useState } from 'react';
import { App, Button, Card, Flex, List, Popconfirm, Space, Tabs, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n';
import { useShowError } from '../org/shared/feedback';
import { QueryError } from '../org/shared/QueryError';
import { cancelBooking, ROOMS_KEY, useMyBookings, type Booking } from './api';
import { BookingTags } from './labels';
import { AdjustmentModal, FeedbackModal } from './RequestModals';
import './i18n';

/** 我的预订: coming bookings (cancel, ask for adjustments) and past ones (give feedback). */
export default function MyBookingsPage() {
  const t = useT();
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [page, setPage] = useState(1);
  const query = useMyBookings(when, page);
  const [adjusting, setAdjusting] = useState<Booking | null>(null);
  const [reviewing, setReviewing] = useState<Booking | null>(null);
  const client = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();

  const cancel = async (b: Booking, scope: 'one' | 'following') => {
    try {
      const result = await cancelBooking(b.id, scope);
      await client.invalidateQueries({ queryKey: [ROOMS_KEY] });
      message.success(t(result.late ? 'rooms.mine.cancelledLate' : 'rooms.mine.cancelled'));
    } catch (err) {
      showError(err);
    }
  };

  const actions = (b: Booking) => {
    const live = b.status === 'pending' || b.status === 'confirmed';
    if (when === 'past') {
      if (b.status !== 'confirmed') return [];
      return b.feedbackGiven
        ? [<Typography.Text key="given" type="secondary">{t('rooms.mine.feedbackGiven')}</Typography.Text>]
        : [<Button key="feedback" size="small" onClick={() => setReviewing(b)}>{t('rooms.mine.feedback')}</Button>];
    }
    if (!live || b.meetingId) return [];
    return [
      <Popconfirm key="cancel" title={t('rooms.mine.cancelConfirm')} onConfirm={() => cancel(b, 'one')} okText={t('admin.ok')} cancelText={t('admin.cancel')}>
        <Button size="small" danger data-testid={`cancel-${b.title}`}>
          {t('rooms.mine.cancel')}
        </Button>
      </Popconfirm>,
      ...(b.seriesId
        ? [
            <Popconfirm key="following" title={t('rooms.mine.cancelFollowing')} onConfirm={() => cancel(b, 'following')} okText={t('admin.ok')} cancelText={t('admin.cancel')}>
              <Button size="small" danger type="text">
                {t('rooms.mine.cancelFollowing')}
              </Button>
            </Popconfirm>,
          ]
        : []),
      <Button key="adjust" size="small" onClick={() => setAdjusting(b)}>
        {t('rooms.mine.adjust')}
      </Button>,
    ];
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('rooms.menu.mine')}
      </Typography.Title>
      <Card styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={when}
          onChange={(k) => {
            setWhen(k === 'past' ? 'past' : 'upcoming');
            setPage(1);
          }}
          items={[
            { key: 'upcoming', label: t('rooms.mine.upcoming') },
            { key: 'past', label: t('rooms.mine.past') },
          ]}
        />
        <QueryError error={query.error} />
        <List
          loading={query.isLoading}
          dataSource={query.data?.items ?? []}
          locale={{ emptyText: t('rooms.mine.empty') }}
          pagination={(query.data?.total ?? 0) > 20 ? { current: page, pageSize: 20, total: query.data?.total, onChange: setPage, size: 'small' } : false}
          renderItem={(b) => (
            <List.Item data-testid={`mine-${b.title}`}>
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <Space wrap size={[8, 4]}>
                  <Typography.Text strong>{b.title}</Typography.Text>
                  <BookingTags booking={b} />
                </Space>
                <Typography.Text type="secondary">
                  {b.roomName} · {b.date} {b.start}–{b.end}
                </Typography.Text>
                {b.decisionNote && <Typography.Text type="secondary">{b.decisionNote}</Typography.Text>}
                <Space wrap>{actions(b)}</Space>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <AdjustmentModal booking={adjusting} onClose={() => setAdjusting(null)} />
      <FeedbackModal booking={reviewing} onClose={() => setReviewing(null)} />
    </Flex>
  );
}
