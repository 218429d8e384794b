import { Button, Card, Empty, Flex, Grid, List, Table, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../../app/auth';
import { useT, type T } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PagedCards } from '../../../components/PagedCards';
import { useServerTable } from '../../org/shared/useServerTable';
import { MEETINGS, meetingPath, type MeetingListItem } from '../api';
import { LevelTag, MeetingStatusTag, ReplyTag, timeRange } from '../labels';

const TABS = ['upcoming', 'past', 'all'] as const;
type Tab = (typeof TABS)[number];

function columns(t: T) {
  return [
    { title: t('meetings.field.time'), key: 'time', width: 230, render: (_: unknown, m: MeetingListItem) => timeRange(m.startAt, m.endAt) },
    { title: t('meetings.field.topic'), dataIndex: 'topic', render: (topic: string, m: MeetingListItem) => <Link to={meetingPath(m.id)}>{topic}</Link> },
    { title: t('meetings.field.place'), dataIndex: 'place', width: 220, ellipsis: true },
    { title: t('meetings.field.organizer'), dataIndex: 'organizer', width: 100 },
    { title: t('meetings.field.level'), dataIndex: 'classification', width: 80, render: (l: MeetingListItem['classification']) => <LevelTag level={l} /> },
    { title: t('meetings.field.status'), dataIndex: 'status', width: 90, render: (s: MeetingListItem['status']) => <MeetingStatusTag status={s} /> },
    { title: t('meetings.field.myReply'), dataIndex: 'myReply', width: 90, render: (r: MeetingListItem['myReply']) => (r ? <ReplyTag reply={r} /> : '—') },
  ];
}

function MeetingCard({ m }: { m: MeetingListItem }) {
  return (
    <List.Item>
      <Link to={meetingPath(m.id)} style={{ display: 'block', width: '100%', color: 'inherit' }} data-testid="meeting-card">
        <Flex vertical gap={4}>
          <Flex justify="space-between" gap={8}>
            <Typography.Text strong>{m.topic}</Typography.Text>
            {m.myReply ? <ReplyTag reply={m.myReply} /> : <MeetingStatusTag status={m.status} />}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {timeRange(m.startAt, m.endAt)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
            {[m.place, m.organizer].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      </Link>
    </List.Item>
  );
}

function MeetingList({ tab, phone }: { tab: Tab; phone: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const filters = tab === 'all' ? { scope: 'all', when: 'all' } : { scope: 'mine', when: tab };
  const { query, tableProps } = useServerTable<MeetingListItem>(`${MEETINGS}-list`, '/api/meetings', filters);
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`meetings.list.empty.${tab}`)} />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (phone) return <PagedCards table={tableProps} empty={empty} renderItem={(m) => <MeetingCard m={m} />} />;
  return (
    <Table<MeetingListItem>
      {...tableProps}
      rowKey="id"
      columns={columns(t)}
      locale={{ emptyText: empty }}
      scroll={{ x: 900 }}
      onRow={(m) => ({ onClick: (e) => !(e.target as HTMLElement).closest('a') && navigate(meetingPath(m.id)), style: { cursor: 'pointer' } })}
    />
  );
}

/** 我的会议: upcoming and past meetings with my reply; the 会务管理员 also sees every meeting of the unit. */
export default function MeetingsPage() {
  const t = useT();
  const navigate = useNavigate();
  const manager = useMe().can('meeting.manage');
  const phone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((tab) => tab !== 'all' || manager);
  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'upcoming';
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('meetings.menu.list')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/meetings/new')} autoInsertSpace={false}>
          {t('meetings.menu.apply')}
        </Button>
      </Flex>
      <Card styles={{ body: { padding: phone ? '0 12px 12px' : '0 24px 24px' } }}>
        <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key })} items={tabs.map((key) => ({ key, label: t(`meetings.list.tab.${key}`) }))} />
        <MeetingList key={tab} tab={tab} phone={phone} />
      </Card>
    </Flex>
  );
}
