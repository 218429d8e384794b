import { useState } from 'react';
import { App, Badge, Button, Drawer, Empty, Flex, Grid, List, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n';
import { useLatestNotices, useMarkRead, useUnreadCount, type Notice } from './api';
import { NoticeItem } from './NoticeItem';
import { useNoticeStream } from './useNoticeStream';
import './i18n';

/** The header's bell: unread count kept live over server-sent events, the latest five in a panel (a drawer on a phone). */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const { notification } = App.useApp();
  const [open, setOpen] = useState(false);
  const phone = Grid.useBreakpoint().md === false;
  const unread = useUnreadCount();
  const latest = useLatestNotices(open);
  const markRead = useMarkRead();

  const openNotice = (n: Notice) => {
    setOpen(false);
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) navigate(n.link);
  };
  useNoticeStream((n) =>
    notification.info({ key: n.id, title: n.title, description: n.body, placement: 'topRight', duration: 6, onClick: () => openNotice(n), style: { cursor: 'pointer' } }),
  );

  const panel = (
    <Flex vertical style={{ width: phone ? '100%' : 360 }} data-testid="notice-panel">
      <List
        size="small"
        loading={latest.isPending}
        dataSource={latest.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notices.empty')} /> }}
        renderItem={(n) => (
          <List.Item style={{ cursor: 'pointer', paddingInline: 4 }} onClick={() => openNotice(n)}>
            <NoticeItem notice={n} compact />
          </List.Item>
        )}
      />
      <Flex justify="space-between" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
        <Button size="small" type="link" disabled={!unread.data} loading={markRead.isPending} onClick={() => markRead.mutate(undefined)}>
          {t('notices.readAll')}
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() => {
            setOpen(false);
            navigate('/me/notifications');
          }}
        >
          {t('notices.viewAll')}
        </Button>
      </Flex>
    </Flex>
  );

  const title = <Typography.Text strong>{t('notices.latest')}</Typography.Text>;
  const bell = (
    <Button type="text" aria-label={t('notices.bell')} data-testid="notice-bell" data-count={unread.data} onClick={phone ? () => setOpen(true) : undefined}>
      <Badge count={unread.data ?? 0} size="small" overflowCount={99}>
        <BellOutlined style={{ fontSize: 18 }} />
      </Badge>
    </Button>
  );
  if (phone) {
    return (
      <>
        {bell}
        <Drawer placement="top" size="auto" title={title} open={open} onClose={() => setOpen(false)} styles={{ body: { padding: '8px 16px' } }}>
          {panel}
        </Drawer>
      </>
    );
  }
  return (
    <Popover trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} title={title} content={panel}>
      {bell}
    </Popover>
  );
}
