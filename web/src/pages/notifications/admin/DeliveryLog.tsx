import { useState } from 'react';
import { App, Button, Card, Flex, Grid, Select, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { PagedCards } from '../../../components/PagedCards';
import { useServerTable } from '../../org/shared/useServerTable';
import { QueryError } from '../../org/shared/QueryError';
import { CHANNELS, STATUSES, type Channel, type Delivery, type DeliveryStatus } from './types';

const COLOR: Record<DeliveryStatus, string> = { pending: 'blue', held: 'gold', sent: 'green', failed: 'red' };
const time = (iso: string | null) => (iso ? dayjs(iso).format('MM-DD HH:mm:ss') : '');

/** 投递记录: every message sent outside the app, failed ones first to find; a failed one can be retried. */
export function DeliveryLog({ canRetry }: { canRetry: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const phone = Grid.useBreakpoint().md === false;
  const [status, setStatus] = useState<DeliveryStatus | undefined>();
  const [channel, setChannel] = useState<Channel | undefined>();
  const { query, tableProps } = useServerTable<Delivery>('notification-deliveries', '/api/notifications/deliveries', { status, channel });
  const retry = useMutation({
    mutationFn: (id: string) => post(`/api/notifications/deliveries/${id}/retry`),
    onSuccess: () => {
      message.success(t('notices.admin.retried'));
      client.invalidateQueries({ queryKey: ['notification-deliveries'] });
    },
    onError: (err) => message.error(err.message),
  });

  const statusTag = (d: Delivery) => (
    <Tag color={COLOR[d.status]} title={d.holdUntil && d.status === 'held' ? t('notices.admin.heldUntil', { time: time(d.holdUntil) }) : undefined}>
      {t(`notices.status.${d.status}`)}
    </Tag>
  );
  const retryButton = (d: Delivery) =>
    canRetry && d.status === 'failed' ? (
      <Button size="small" loading={retry.isPending && retry.variables === d.id} onClick={() => retry.mutate(d.id)}>
        {t('notices.admin.retry')}
      </Button>
    ) : null;
  const error = (d: Delivery) => d.lastError && <Typography.Text type="danger" style={{ fontSize: 12, wordBreak: 'break-all' }}>{d.lastError}</Typography.Text>;

  return (
    <Card
      title={t('notices.admin.log')}
      extra={<Button icon={<ReloadOutlined />} aria-label={t('admin.refresh')} loading={query.isFetching} onClick={() => query.refetch()} />}
      data-testid="delivery-log"
    >
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('notices.admin.allStatus')}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`notices.status.${s}`) }))}
          aria-label={t('notices.admin.status')}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('notices.admin.allChannels')}
          value={channel}
          onChange={setChannel}
          options={CHANNELS.map((c) => ({ value: c, label: t(`notices.channel.${c}`) }))}
          aria-label={t('notices.admin.channel')}
        />
      </Flex>
      <QueryError error={query.error} />
      {phone ? (
        <PagedCards
          table={tableProps}
          empty={t('notices.empty')}
          renderItem={(d) => (
            <Flex vertical gap={4} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }} data-testid="delivery-row">
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong ellipsis>{d.subject}</Typography.Text>
                {statusTag(d)}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`notices.channel.${d.channel}`)} · {d.recipientName ?? ''} {d.address} · {time(d.createdAt)} · {t('notices.admin.attempts')} {d.attempts}
              </Typography.Text>
              {error(d)}
              {retryButton(d) && <div>{retryButton(d)}</div>}
            </Flex>
          )}
        />
      ) : (
        <Table<Delivery>
          rowKey="id"
          size="small"
          {...tableProps}
          scroll={{ x: 1140 }}
          onRow={() => ({ 'data-testid': 'delivery-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('notices.admin.time'), dataIndex: 'createdAt', width: 130, render: time },
            { title: t('notices.admin.channel'), dataIndex: 'channel', width: 90, render: (c: Channel) => t(`notices.channel.${c}`) },
            { title: t('notices.admin.recipient'), key: 'to', width: 200, render: (_, d) => [d.recipientName, d.address].filter(Boolean).join(' ') },
            { title: t('notices.admin.subject'), dataIndex: 'subject', ellipsis: true, width: 240 },
            { title: t('notices.admin.status'), key: 'status', width: 110, render: (_, d) => statusTag(d) },
            { title: t('notices.admin.attempts'), dataIndex: 'attempts', width: 80 },
            { title: t('notices.admin.lastError'), key: 'error', width: 220, render: (_, d) => error(d) },
            { key: 'retry', width: 80, render: (_, d) => retryButton(d) },
          ]}
        />
      )}
    </Card>
  );
}
