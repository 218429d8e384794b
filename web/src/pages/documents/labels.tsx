import { Tag } from 'antd';
import { useT } from '../../app/i18n';
import type { Distribution, DocumentStatus, NumberStatus, SecretLevel, Urgency } from './api';

const STATUS_COLORS: Record<DocumentStatus, string> = {
  draft: 'default',
  reviewing: 'processing',
  signed: 'success',
  numbered: 'cyan',
  sealed: 'geekblue',
  distributed: 'purple',
  archived: 'default',
  withdrawn: 'error',
  registered: 'processing',
  handling: 'orange',
  concluded: 'success',
  returned: 'default',
  destroyed: 'default',
};

export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`documents.status.${status}`)}</Tag>;
}

/** 秘密 and above are state secrets: marked in red with ★ and the term, as on the paper ("秘密★1年"). */
export const isClassified = (level: SecretLevel) => level === 'secret' || level === 'confidential' || level === 'topSecret';

export function SecretTag({ level, term }: { level: SecretLevel; term?: string }) {
  const t = useT();
  if (level === 'public') return null;
  const name = t(`documents.secret.${level}`);
  if (!isClassified(level)) return <Tag>{name}</Tag>;
  return <Tag color="red">{term ? `${name}★${term}` : `${name}★`}</Tag>;
}

/** The stored urgency is the printed word itself; '' is 普通. */
export const URGENCY_KEYS: Record<string, string> = { '': 'normal', 加急: 'urgent', 特急: 'extraUrgent' };

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  const t = useT();
  if (!urgency) return null;
  return <Tag color={urgency === '特急' ? 'red' : 'orange'}>{t(`documents.urgency.${URGENCY_KEYS[urgency] ?? 'normal'}`)}</Tag>;
}

export type Channel = Distribution['channel'];
const STATUS_OF_COPY: Record<Distribution['status'], string> = { sent: 'processing', signed: 'success', recalled: 'default' };

/** How a copy goes out: 系统 (a department's 收文), 邮件 or 纸质 (an external unit with or without an address). */
export function ChannelTag({ channel }: { channel: Channel }) {
  const t = useT();
  return <Tag color={channel === 'email' ? 'blue' : channel === 'paper' ? 'gold' : 'default'}>{t(`documents.channel.${channel}`)}</Tag>;
}

export function CopyStatusTag({ status }: { status: Distribution['status'] }) {
  const t = useT();
  return <Tag color={STATUS_OF_COPY[status]}>{t(`documents.copy.${status}`)}</Tag>;
}

const NUMBER_STATUS_COLORS: Record<NumberStatus, string> = { used: 'success', reserved: 'gold', voided: 'default' };

/** A 文号's fate in the 发文登记簿: 已使用, 预留, 作废. */
export function NumberStatusTag({ status }: { status: NumberStatus }) {
  const t = useT();
  return <Tag color={NUMBER_STATUS_COLORS[status]}>{t(`documents.numberStatus.${status}`)}</Tag>;
}
