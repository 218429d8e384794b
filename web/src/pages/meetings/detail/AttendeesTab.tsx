import { Flex, List, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n';
import type { Attendee, MeetingView } from '../api';
import { ReplyTag } from '../labels';

/** 参会人员与回复: each person's reply (and to whom a place was delegated), and the totals the organiser needs. */
export function AttendeesTab({ m }: { m: MeetingView }) {
  const t = useT();
  const count = (reply: Attendee['reply']) => m.attendees.filter((a) => a.reply === reply).length;
  return (
    <Flex vertical gap={12}>
      <Flex gap={24} wrap>
        {(['accepted', 'pending', 'declined', 'delegated'] as const).map((r) => (
          <Statistic key={r} title={t(`meetings.reply.${r}`)} value={count(r)} />
        ))}
      </Flex>
      <List
        dataSource={m.attendees}
        data-testid="attendee-list"
        renderItem={(a) => (
          <List.Item>
            <Flex justify="space-between" align="center" gap={8} wrap style={{ width: '100%' }}>
              <Flex gap={6} align="center" wrap>
                <Typography.Text strong>{a.name}</Typography.Text>
                {a.role === 'observer' && <Tag>{t('meetings.role.observer')}</Tag>}
                {a.delegatedFrom && <Typography.Text type="secondary">{t('meetings.attendee.delegatedFrom', { name: a.delegatedFrom })}</Typography.Text>}
                {a.delegatedTo && <Typography.Text type="secondary">{t('meetings.attendee.delegatedTo', { name: a.delegatedTo })}</Typography.Text>}
                {a.comment && <Typography.Text type="secondary">“{a.comment}”</Typography.Text>}
              </Flex>
              <Flex gap={6} align="center">
                {a.signedInAt && <Tag color="green">{t('meetings.signIn.signedAt', { time: dayjs(a.signedInAt).format('HH:mm') })}</Tag>}
                <ReplyTag reply={a.reply} />
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
