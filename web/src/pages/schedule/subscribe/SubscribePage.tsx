import { useState } from 'react';
import { Alert, Button, Card, Col, Popconfirm, QRCode, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n';
import { QueryError } from '../../org/shared/QueryError';
import { useApiMutation } from '../../org/shared/feedback';
import { createFeed, revokeFeed, SCHEDULE, useFeedStatus } from '../api';
import '../i18n';

/** 订阅到 Outlook/手机日历: create, re-create or stop the secret feed URL; it is shown (with a QR code) only right after creating. */
export default function SubscribePage() {
  const t = useT();
  const status = useFeedStatus();
  const [url, setUrl] = useState<string | null>(null);
  const create = useApiMutation(() => createFeed(), [SCHEDULE], (feed) => setUrl(feed.url));
  const revoke = useApiMutation(() => revokeFeed(), [SCHEDULE], () => setUrl(null));
  const active = status.data?.active ?? false;

  const createButton = (label: string, confirm?: string) =>
    confirm ? (
      <Popconfirm title={confirm} onConfirm={() => create.mutate(undefined)}>
        <Button loading={create.isPending}>{label}</Button>
      </Popconfirm>
    ) : (
      <Button type="primary" loading={create.isPending} onClick={() => create.mutate(undefined)}>
        {label}
      </Button>
    );

  return (
    <Card title={t('schedule.feed.title')}>
      <QueryError error={status.error} />
      <Typography.Paragraph>{t('schedule.feed.intro')}</Typography.Paragraph>
      <Alert type="warning" showIcon title={t('schedule.feed.secret')} style={{ marginBottom: 16 }} />
      {url ? (
        <Row gutter={[24, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={14}>
            <Typography.Text strong>{t('schedule.feed.url')}</Typography.Text>
            <Typography.Paragraph copyable={{ text: url }} code style={{ wordBreak: 'break-all', marginTop: 8 }} data-testid="schedule-feed-url">
              {url}
            </Typography.Paragraph>
            <Alert type="info" showIcon title={t('schedule.feed.onlyOnce')} />
          </Col>
          <Col xs={24} md={10} style={{ textAlign: 'center' }}>
            <QRCode value={url} size={180} style={{ margin: '0 auto' }} />
            <Typography.Text type="secondary">{t('schedule.feed.qr')}</Typography.Text>
          </Col>
        </Row>
      ) : (
        <Typography.Paragraph type="secondary" data-testid="schedule-feed-status">
          {active ? t('schedule.feed.activeSince', { time: dayjs(status.data!.createdAt).format('YYYY-MM-DD HH:mm') }) : t('schedule.feed.inactive')}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        {active ? createButton(t('schedule.feed.recreate'), t('schedule.feed.confirmRecreate')) : createButton(t('schedule.feed.create'))}
        {active && (
          <Popconfirm title={t('schedule.feed.confirmRevoke')} onConfirm={() => revoke.mutate(undefined)}>
            <Button danger loading={revoke.isPending}>
              {t('schedule.feed.revoke')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      <Typography.Title level={5}>{t('schedule.feed.howto')}</Typography.Title>
      <ul style={{ paddingLeft: 20 }}>
        <li>{t('schedule.feed.howto.outlook')}</li>
        <li>{t('schedule.feed.howto.thunderbird')}</li>
        <li>{t('schedule.feed.howto.phone')}</li>
      </ul>
    </Card>
  );
}
