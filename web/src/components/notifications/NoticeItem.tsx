import { Badge, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n';
import type { Notice } from './api';
import './i18n';

/** One notice as a line: category, title (bold while unread), body and time. */
export function NoticeItem({ notice, compact = false }: { notice: Notice; compact?: boolean }) {
  const t = useT();
  const unread = !notice.readAt;
  return (
    <Flex vertical gap={2} style={{ minWidth: 0, width: '100%' }} data-testid="notice-item" data-unread={unread ? 'true' : 'false'}>
      <Flex align="center" gap={6} style={{ minWidth: 0 }}>
        {unread && <Badge status="processing" aria-label={t('notices.unread')} />}
        <Tag style={{ marginInlineEnd: 0 }}>{t(`notices.category.${notice.category}`)}</Tag>
        <Typography.Text strong={unread} ellipsis style={{ flex: 1, minWidth: 0 }}>
          {notice.title}
        </Typography.Text>
      </Flex>
      {notice.body && (
        <Typography.Text type="secondary" ellipsis={compact} style={{ fontSize: 13 }}>
          {notice.body}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {dayjs(notice.createdAt).format('YYYY-MM-DD HH:mm')}
      </Typography.Text>
    </Flex>
  );
}
