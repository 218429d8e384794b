import { Button, Card, Flex, Grid, Modal, Tabs, Typography, Input } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { meetingUrl, useMeeting, type MeetingView } from '../api';
import { LevelTag, MeetingStatusTag, timeRange } from '../labels';
import { AttendeesTab } from './AttendeesTab';
import { DetailsTab } from './DetailsTab';
import { MaterialsTab } from './MaterialsTab';
import { MinutesTab } from './MinutesTab';
import { ReplyBar } from './ReplyBar';
import { SignInTab } from './SignInTab';
import { useMeetingCommand } from './useMeetingCommand';

const TABS = ['details', 'attendees', 'materials', 'signin', 'minutes'] as const;
type Tab = (typeof TABS)[number];

function CancelButton({ m }: { m: MeetingView }) {
  const t = useT();
  const { busy, run } = useMeetingCommand();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button danger size="small" onClick={() => setOpen(true)} autoInsertSpace={false}>
        {t('meetings.action.cancel')}
      </Button>
      <Modal
        open={open}
        title={t('meetings.action.cancelTitle')}
        okButtonProps={{ danger: true, loading: busy === 'cancel' }}
        onOk={() => run('cancel', () => post(meetingUrl(m.id, 'cancel'), { reason }), t('meetings.action.cancelled')).then((done) => done && setOpen(false))}
        onCancel={() => setOpen(false)}
      >
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('meetings.action.cancelReason')} maxLength={500} />
      </Modal>
    </>
  );
}

/** The meeting page (/meetings/:id): header with my reply, then 详情, 参会人员与回复, 材料, 签到, 纪要与决议. */
export default function MeetingPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const phone = Grid.useBreakpoint().md === false;
  const meeting = useMeeting(id);
  const { busy, run } = useMeetingCommand();
  if (meeting.error && !meeting.data) return <ErrorState error={meeting.error} onRetry={() => meeting.refetch()} />;
  if (!meeting.data) return <PageLoading />;
  const m = meeting.data;
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'details';
  const tabs: Record<Tab, React.ReactNode> = {
    details: <DetailsTab m={m} phone={phone} />,
    attendees: <AttendeesTab m={m} />,
    materials: <MaterialsTab m={m} />,
    signin: <SignInTab m={m} />,
    minutes: <MinutesTab m={m} />,
  };
  return (
    <Flex vertical gap={phone ? 12 : 16}>
      <Link to="/meetings">
        <LeftOutlined /> {t('meetings.menu.list')}
      </Link>
      <Card size={phone ? 'small' : 'default'}>
        <Flex vertical gap={8}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="meeting-topic">
              {m.topic}
            </Typography.Title>
            <MeetingStatusTag status={m.status} />
            <LevelTag level={m.classification} />
          </Flex>
          <Typography.Text type="secondary">
            {timeRange(m.startAt, m.endAt)} · {m.place || m.onlineUrl}
          </Typography.Text>
          <ReplyBar m={m} />
          {m.can.manage && (
            <Flex gap={8} wrap>
              {m.can.submit && (
                <Button type="primary" size="small" loading={busy === 'submit'} onClick={() => run('submit', () => post(meetingUrl(m.id, 'submit')), t('meetings.action.submitted'))} autoInsertSpace={false}>
                  {t('meetings.action.submit')}
                </Button>
              )}
              {m.can.edit && (
                <Link to={`/meetings/${m.id}/edit`}>
                  <Button size="small" autoInsertSpace={false}>
                    {t('meetings.action.edit')}
                  </Button>
                </Link>
              )}
              {m.can.edit && <CancelButton m={m} />}
            </Flex>
          )}
        </Flex>
      </Card>
      <Card size={phone ? 'small' : 'default'} styles={{ body: { paddingTop: 0 } }}>
        <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key }, { replace: true })} items={TABS.map((key) => ({ key, label: t(`meetings.tab.${key}`), children: tabs[key] }))} destroyOnHidden />
      </Card>
    </Flex>
  );
}
