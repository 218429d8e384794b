import { z } from 'zod';
import { optionalText, pageQuery, text } from '../../platform/http/validation.js';
import { NOTICE_CATEGORIES } from './notify.js';
import { SMS_PROVIDERS } from './settings.js';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const webhook = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]);

export const listQuery = z.strictObject({
  ...pageQuery,
  unread: z.enum(['true', 'false']).optional(),
  category: z.enum(NOTICE_CATEGORIES).optional(),
});

export const preferencesBody = z
  .strictObject({ quietStart: clock.nullable(), quietEnd: clock.nullable() })
  .refine((b) => (b.quietStart === null) === (b.quietEnd === null), { path: ['quietEnd'], params: { key: 'notifications.quietBoth' } })
  .refine((b) => b.quietStart === null || b.quietStart !== b.quietEnd, { path: ['quietEnd'], params: { key: 'notifications.quietEmpty' } });

export const settingsBody = z.strictObject({
  /** null: use the server's TONGBAN_SMTP_URL. */
  smtp: z
    .strictObject({
      host: text(255, 1),
      port: z.number().int().min(1).max(65535),
      secure: z.boolean(),
      user: text(255),
      /** Absent: keep the saved password; '' clears it. */
      password: z.string().max(255).optional(),
      from: text(255),
    })
    .nullable(),
  wecom: z.strictObject({ webhook }),
  /** secret absent: keep the saved one. */
  dingtalk: z.strictObject({ webhook, secret: z.string().max(255).optional() }),
  sms: z.strictObject({ provider: z.enum(SMS_PROVIDERS) }),
});

export const testBody = z.strictObject({
  channel: z.enum(['email', 'sms', 'wecom', 'dingtalk']),
  /** E-mail address or mobile number; robots post to their group. */
  address: optionalText(255),
});

export const deliveriesQuery = z.strictObject({
  ...pageQuery,
  status: z.enum(['pending', 'held', 'sent', 'failed']).optional(),
  channel: z.enum(['email', 'sms', 'wecom', 'dingtalk']).optional(),
});

export type ListQuery = z.infer<typeof listQuery>;
export type PreferencesInput = z.infer<typeof preferencesBody>;
export type SettingsInput = z.infer<typeof settingsBody>;
export type TestInput = z.infer<typeof testBody>;
export type DeliveriesQuery = z.infer<typeof deliveriesQuery>;
