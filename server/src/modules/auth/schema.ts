import { z } from 'zod';
import { text } from '../../platform/http/validation.js';

export const CHANNELS = ['inApp', 'email', 'sms', 'wecom', 'dingtalk'] as const;

export const loginBody = z.strictObject({
  username: text(64, 1),
  password: z.string().min(1).max(256),
  /** A six-digit code from the authenticator, or one of the recovery codes. */
  totp: text(32).optional(),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const totpCodeBody = z.strictObject({ code: text(32, 1) });
export const totpDisableBody = z.strictObject({ password: z.string().min(1).max(256), code: text(32, 1) });

export const profileBody = z.strictObject({
  locale: z.enum(['zh-CN', 'en']).optional(),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
});

export const historyQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
