import { Tag } from 'antd';
import dayjs from 'dayjs';
import { translate, useI18n, useT, type T } from '../../app/i18n';
import type { InstanceStatus } from './api';

const STATUS_COLORS: Record<InstanceStatus, string> = {
  draft: 'default',
  running: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
  terminated: 'volcano',
  suspended: 'warning',
};

export function StatusTag({ status }: { status: InstanceStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`workflow.status.${status}`)}</Tag>;
}

export function OverdueTag() {
  const t = useT();
  return <Tag color="red">{t('workflow.overdue')}</Tag>;
}

/** A label from the catalogue, or the raw code when the catalogue has none (a newer server). */
export function useLabel() {
  const { locale } = useI18n();
  return (prefix: 'action' | 'outcome', code: string) => {
    const key = `workflow.${prefix}.${code}`;
    const text = translate(locale, key);
    return text === key ? code : text;
  };
}

export const formatTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');

/** "2天3小时", "5分钟": the two largest units of a duration. */
export function humanDuration(t: T, ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return t('workflow.duration.lessThanMinute');
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days) return t(hours ? 'workflow.duration.dh' : 'workflow.duration.d', { d: days, h: hours });
  if (hours) return t(mins ? 'workflow.duration.hm' : 'workflow.duration.h', { h: hours, m: mins });
  return t('workflow.duration.m', { m: mins });
}
