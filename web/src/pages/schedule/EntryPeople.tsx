import { Button, Descriptions, Space, Tag } from 'antd';
import { useT } from '../../app/i18n';
import { useApiMutation } from '../org/shared/feedback';
import { replyToEntry, SCHEDULE, type EntryView, type Participation } from './api';

const STATUS_COLORS: Record<string, string> = { invited: 'default', accepted: 'green', declined: 'red', tentative: 'gold' };
const REPLIES: Participation[] = ['accepted', 'tentative', 'declined'];

/** A team entry's people and their answers, and the caller's own answer buttons. */
export function EntryPeople({ entry }: { entry: EntryView }) {
  const t = useT();
  const reply = useApiMutation((status: Participation) => replyToEntry(entry.id, status), [SCHEDULE]);
  if (!entry.calendarId) return null;
  return (
    <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t('schedule.field.calendar')}>{entry.calendarName}</Descriptions.Item>
      <Descriptions.Item label={t('schedule.owner')}>{entry.ownerName}</Descriptions.Item>
      <Descriptions.Item label={t('schedule.field.participants')}>
        <Space size={[4, 4]} wrap>
          {entry.participants.map((p) => (
            <Tag key={p.userId} color={STATUS_COLORS[p.status]}>
              {p.name} · {t(`schedule.status.${p.status}`)}
            </Tag>
          ))}
        </Space>
      </Descriptions.Item>
      {entry.can.reply && (
        <Descriptions.Item label={t('schedule.reply')}>
          <Space wrap>
            {REPLIES.map((status) => (
              <Button key={status} size="small" type={entry.myStatus === status ? 'primary' : 'default'} loading={reply.isPending && reply.variables === status} onClick={() => reply.mutate(status)}>
                {t(`schedule.reply.${status}`)}
              </Button>
            ))}
          </Space>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
