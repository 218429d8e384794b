import { Descriptions, List, Typography } from 'antd';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n';
import { meetingPath, type MeetingView } from '../api';
import { LevelTag, MeetingStatusTag, timeRange } from '../labels';

/** 详情: when and where, who organises and records, the agenda, the other meetings of its 周例会. */
export function DetailsTab({ m, phone }: { m: MeetingView; phone: boolean }) {
  const t = useT();
  return (
    <Descriptions column={phone ? 1 : 2} size="small" bordered={!phone} data-testid="meeting-details">
      <Descriptions.Item label={t('meetings.field.time')}>{timeRange(m.startAt, m.endAt)}</Descriptions.Item>
      <Descriptions.Item label={t('meetings.field.place')}>{m.place || '—'}</Descriptions.Item>
      {m.onlineUrl && (
        <Descriptions.Item label={t('meetings.field.onlineUrl')} span={phone ? 1 : 2}>
          <Typography.Link href={m.onlineUrl} target="_blank" rel="noreferrer">
            {m.onlineUrl}
          </Typography.Link>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('meetings.field.organizer')}>{m.organizer.name}</Descriptions.Item>
      <Descriptions.Item label={t('meetings.field.recorder')}>{m.recorder?.name ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('meetings.field.level')}>
        <LevelTag level={m.classification} />
      </Descriptions.Item>
      <Descriptions.Item label={t('meetings.field.status')}>
        <MeetingStatusTag status={m.status} />
        {m.flowInstanceId && <Link to={`/workflow/instances/${m.flowInstanceId}`}>{t('meetings.detail.flow')}</Link>}
      </Descriptions.Item>
      {m.departments.length > 0 && <Descriptions.Item label={t('meetings.field.departments')} span={phone ? 1 : 2}>{m.departments.map((d) => d.name).join('、')}</Descriptions.Item>}
      <Descriptions.Item label={t('meetings.field.agenda')} span={phone ? 1 : 2}>
        {m.agenda.length ? (
          <List
            size="small"
            dataSource={m.agenda}
            renderItem={(a, i) => (
              <List.Item style={{ padding: '2px 0' }}>
                {i + 1}. {a.title}
                {a.presenter && <Typography.Text type="secondary">（{a.presenter}{a.minutes ? `，${t('meetings.agenda.minutesShort', { n: a.minutes })}` : ''}）</Typography.Text>}
              </List.Item>
            )}
          />
        ) : (
          '—'
        )}
      </Descriptions.Item>
      {m.description && <Descriptions.Item label={t('meetings.field.description')} span={phone ? 1 : 2}>{m.description}</Descriptions.Item>}
      {m.series.length > 1 && (
        <Descriptions.Item label={t('meetings.field.series')} span={phone ? 1 : 2}>
          {m.series.map((s, i) => (
            <span key={s.id}>
              {i > 0 && '、'}
              {s.id === m.id ? <Typography.Text strong>{dayjs(s.startAt).format('MM-DD')}</Typography.Text> : <Link to={meetingPath(s.id)}>{dayjs(s.startAt).format('MM-DD')}</Link>}
            </span>
          ))}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
