export type Channel = 'email' | 'sms' | 'wecom' | 'dingtalk';
export const CHANNELS: Channel[] = ['email', 'sms', 'wecom', 'dingtalk'];
export type DeliveryStatus = 'pending' | 'held' | 'sent' | 'failed';
export const STATUSES: DeliveryStatus[] = ['failed', 'pending', 'held', 'sent'];

/** GET /api/notifications/settings: secrets only as "set or not". */
export interface ChannelSettings {
  smtp: { host: string; port: number; secure: boolean; user: string; from: string; passwordSet: boolean } | null;
  smtpFallback: boolean;
  wecom: { webhook: string };
  dingtalk: { webhook: string; secretSet: boolean };
  sms: { provider: 'log' };
}

export interface Delivery {
  id: string;
  channel: Channel;
  address: string;
  subject: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  holdUntil: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  recipientName: string | null;
}

export interface TestResult {
  id: string;
  status: 'sent' | 'failed';
  error: string | null;
}
