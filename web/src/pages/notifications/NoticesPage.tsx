import { useState } from 'react';
import { App, Button, Card, Empty, Flex, List, Switch, Tabs, Typography } from 'antd';
import { PagedCards } from '../../components/PagedCards';
import { CheckOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n';
import { NOTICE_CATEGORIES, NOTICES_KEY, useMarkRead, useUnreadCount, type Notice, type NoticeCategory } from '../../components/notifications/api';
import { NoticeItem } from '../../components/notifications/NoticeItem';
import { useServerTable } from '../org/shared/useServerTable';
import { QueryError } from '../org/shared/QueryError';

/** 消息中心: the person's notices by category, unread first to the eye, each opening what it tells of. */
export default function NoticesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [category, setCategory] = useState<NoticeCategory | 'all'>('all');
  const [unreadOnly, setUnreadOnly] = useState(false);
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const { query, tableProps } = useServerTable<Notice>(NOTICES_KEY[0], '/api/notifications', {
    category: category === 'all' ? undefined : category,
    unread: unreadOnly ? 'true' : undefined,
  });

  const open = (n: Notice) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) navigate(n.link);
  };

  return (
    <Card
      title={t('notices.title')}
      extra={
        <Button
          icon={<CheckOutlined />}
          disabled={!unread.data}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(undefined, { onSuccess: () => message.success(t('notices.readDone')) })}
        >
          {t('notices.readAll')}
        </Button>
      }
      styles={{ body: { paddingTop: 0 } }}
    >
      <Tabs
        activeKey={category}
        onChange={(k) => setCategory(k as NoticeCategory | 'all')}
        items={(['all', ...NOTICE_CATEGORIES] as const).map((c) => ({ key: c, label: t(`notices.category.${c}`) }))}
        tabBarExtraContent={
          <Flex align="center" gap={6}>
            <Switch size="small" checked={unreadOnly} onChange={setUnreadOnly} aria-label={t('notices.unreadOnly')} />
            <Typography.Text style={{ whiteSpace: 'nowrap' }}>{t('notices.unreadOnly')}</Typography.Text>
          </Flex>
        }
      />
      <QueryError error={query.error} />
      <PagedCards
        table={tableProps}
        empty={<Empty description={t(unreadOnly ? 'notices.emptyUnread' : 'notices.empty')} />}
        renderItem={(n) => (
          <List.Item
            style={{ cursor: 'pointer', background: n.readAt ? undefined : '#f0f7ff', paddingInline: 8 }}
            onClick={() => open(n)}
            actions={
              n.readAt
                ? []
                : [
                    <Button
                      key="read"
                      size="small"
                      type="link"
                      onClick={(e) => {
                        e.stopPropagation();
                        markRead.mutate(n.id);
                      }}
                    >
                      {t('notices.markRead')}
                    </Button>,
                  ]
            }
          >
            <NoticeItem notice={n} />
          </List.Item>
        )}
      />
    </Card>
  );
}
