import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n';
import type { Classification, MeetingView, Reply } from './api';

const STATUS_COLORS: Record<MeetingView['status'], string> = { draft: 'default', pending: 'processing', approved: 'success', rejected: 'error', cancelled: 'default' };
const REPLY_COLORS: Record<Reply, string> = { pending: 'default', accepted: 'success', declined: 'error', delegated: 'warning' };
const LEVEL_COLORS: Record<Classification, string> = { public: 'default', internal: 'blue', secret: 'orange' };

export function MeetingStatusTag({ status }: { status: MeetingView['status'] }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`meetings.status.${status}`)}</Tag>;
}

export function ReplyTag({ reply }: { reply: Reply }) {
  const t = useT();
  return <Tag color={REPLY_COLORS[reply]}>{t(`meetings.reply.${reply}`)}</Tag>;
}

export function LevelTag({ level }: { level: Classification }) {
  const t = useT();
  return <Tag color={LEVEL_COLORS[level]}>{t(`meetings.level.${level}`)}</Tag>;
}

/** "11-26 周四 09:00–10:30": the day and the hours, in the browser's zone (the unit's). */
export function timeRange(startAt: string, endAt: string): string {
  const start = dayjs(startAt);
  return `${start.format('YYYY-MM-DD ddd HH:mm')}–${dayjs(endAt).format('HH:mm')}`;
}
