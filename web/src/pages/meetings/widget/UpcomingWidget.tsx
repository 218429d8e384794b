import { Button, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { get, qs } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { MEETINGS, meetingPath, type MeetingListItem } from '../api';
import { ReplyTag, timeRange } from '../labels';
import '../i18n';

const WEEK_MS = 7 * 86_400_000;

/** My approved meetings starting within the next 7 days, soonest first (at most 5). */
const useUpcoming = () =>
  useQuery({
    queryKey: [MEETINGS, 'widget'],
    queryFn: () =>
      get<{ items: MeetingListItem[] }>(
        `/api/meetings${qs({ when: 'upcoming', status: 'approved', startBefore: new Date(Date.now() + WEEK_MS).toISOString(), pageSize: 5 })}`,
      ),
    select: (r) => r.items,
  });

function MeetingRow({ m }: { m: MeetingListItem }) {
  const t = useT();
  const place = m.place && m.place !== m.onlineUrl ? m.place : t('meetings.widget.online');
  return (
    <List.Item style={{ padding: '8px 0' }}>
      <Link to={meetingPath(m.id)} style={{ display: 'block', width: '100%', minWidth: 0, color: 'inherit' }} data-testid="widget-meeting">
        <Flex justify="space-between" gap={8} align="start">
          <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
            {m.topic}
          </Typography.Text>
          {m.myReply === 'pending' ? <Tag color="orange">{t('meetings.widget.replyPending')}</Tag> : m.myReply && <ReplyTag reply={m.myReply} />}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} ellipsis>
          {timeRange(m.startAt, m.endAt)} · {place}
        </Typography.Text>
      </Link>
    </List.Item>
  );
}

/** 会议提醒 on the workspace: my next meetings this week, each opening its page, and a way to 我的会议. */
export default function UpcomingWidget() {
  const t = useT();
  const navigate = useNavigate();
  const meetings = useUpcoming();
  if (meetings.error) return <ErrorState error={meetings.error} onRetry={() => meetings.refetch()} />;
  if (!meetings.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  return (
    <>
      {meetings.data.length ? (
        <List size="small" dataSource={meetings.data} rowKey="id" renderItem={(m) => <MeetingRow m={m} />} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.widget.empty')} />
      )}
      <Button block type="link" onClick={() => navigate('/meetings')}>
        {t('meetings.menu.list')}
      </Button>
    </>
  );
}
