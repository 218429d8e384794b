import type { Core } from '../../platform/context.js';
import type { Db, Tx } from '../../platform/db/index.js';
import { decryptSm4, encryptSm4, masterKeyOf } from '../../platform/crypto/index.js';
import type { SmtpServer } from '../../platform/mail/mailer.js';
import { nowIso, parseJson } from '../../platform/util.js';

export const SMS_PROVIDERS = ['log'] as const;
export type SmsProviderName = (typeof SMS_PROVIDERS)[number];

/** How the centre reaches people outside the app; set by the system administrator (系统设置). */
export interface ChannelSettings {
  /** null: use TONGBAN_SMTP_URL. */
  smtp: SmtpServer | null;
  wecom: { webhook: string };
  dingtalk: { webhook: string; secret: string };
  sms: { provider: SmsProviderName };
}

/** What is stored: the secrets (SMTP password, DingTalk signing secret) sealed with the SM4 master key. */
interface Stored {
  smtp: Omit<SmtpServer, 'password'> | null;
  wecom: { webhook: string };
  dingtalk: { webhook: string };
  sms: { provider: SmsProviderName };
  secrets: string;
}

const KEY = 'notifications.channels';
const EMPTY: ChannelSettings = { smtp: null, wecom: { webhook: '' }, dingtalk: { webhook: '', secret: '' }, sms: { provider: 'log' } };

export async function loadChannelSettings(core: Core, db: Db | Tx = core.db): Promise<ChannelSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  const stored = parseJson<Stored | null>(row?.value, null);
  if (!stored) return EMPTY;
  const secrets = stored.secrets
    ? parseJson<{ smtpPassword?: string; dingtalkSecret?: string }>(decryptSm4(Buffer.from(stored.secrets, 'base64'), masterKeyOf(core.config)).toString('utf8'), {})
    : {};
  return {
    smtp: stored.smtp ? { ...stored.smtp, password: secrets.smtpPassword ?? '' } : null,
    wecom: stored.wecom,
    dingtalk: { webhook: stored.dingtalk.webhook, secret: secrets.dingtalkSecret ?? '' },
    sms: stored.sms,
  };
}

export async function saveChannelSettings(core: Core, tx: Tx, settings: ChannelSettings): Promise<void> {
  const { password, ...smtp } = settings.smtp ?? { password: '' };
  const secrets = JSON.stringify({ smtpPassword: password ?? '', dingtalkSecret: settings.dingtalk.secret });
  const stored: Stored = {
    smtp: settings.smtp ? (smtp as Omit<SmtpServer, 'password'>) : null,
    wecom: settings.wecom,
    dingtalk: { webhook: settings.dingtalk.webhook },
    sms: settings.sms,
    secrets: encryptSm4(Buffer.from(secrets, 'utf8'), masterKeyOf(core.config)).toString('base64'),
  };
  const value = JSON.stringify(stored);
  const updatedAt = nowIso();
  await tx
    .insertInto('settings')
    .values({ key: KEY, value, updated_at: updatedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: updatedAt }))
    .execute();
}

/** The settings as the browser sees them: secrets only as "set or not". */
export function publicSettings(core: Core, s: ChannelSettings) {
  return {
    smtp: s.smtp ? { host: s.smtp.host, port: s.smtp.port, secure: s.smtp.secure, user: s.smtp.user ?? '', from: s.smtp.from ?? '', passwordSet: !!s.smtp.password } : null,
    smtpFallback: !!core.config.mail.smtpUrl,
    wecom: s.wecom,
    dingtalk: { webhook: s.dingtalk.webhook, secretSet: !!s.dingtalk.secret },
    sms: s.sms,
  };
}

/** The mail server set in 消息通道, for a module that sends its own mail with sendMail (undefined: TONGBAN_SMTP_URL). */
export const outgoingMailServer = async (core: Core): Promise<SmtpServer | undefined> => (await loadChannelSettings(core)).smtp ?? undefined;
