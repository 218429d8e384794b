import { Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { get, qs } from '../api/client';
import { useT } from '../app/i18n';
import './i18n';

export type LoginOutcome = 'success' | 'badPassword' | 'unknownUser' | 'locked' | 'disabled' | 'totpRequired' | 'totpInvalid';

export interface LoginRecord {
  id: string;
  at: string;
  ip: string;
  userAgent: string;
  outcome: LoginOutcome;
}

/** GET /api/auth/login-history: the caller's own logins, newest first. */
export const useLoginHistory = (page: number, pageSize: number) =>
  useQuery({
    queryKey: ['auth', 'login-history', page, pageSize],
    queryFn: () => get<{ items: LoginRecord[]; total: number }>('/api/auth/login-history' + qs({ page, pageSize })),
  });

const COLOURS: Record<LoginOutcome, string> = {
  success: 'success',
  badPassword: 'error',
  unknownUser: 'default',
  locked: 'error',
  disabled: 'default',
  totpRequired: 'processing',
  totpInvalid: 'warning',
};

export function LoginOutcomeTag({ outcome }: { outcome: LoginOutcome }) {
  const t = useT();
  return <Tag color={COLOURS[outcome]}>{t(`loginOutcome.${outcome}`)}</Tag>;
}

export const formatDateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');
