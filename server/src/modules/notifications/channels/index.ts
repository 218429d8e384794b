import type { Core } from '../../../platform/context.js';
import type { NotificationDeliveryTable } from '../../../platform/db/schema-notifications.js';
import { t, type MessageKey } from '../../../platform/i18n/index.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import { loadChannelSettings } from '../settings.js';
import { postDingTalk, postWeCom } from './robots.js';
import { SMS } from './sms.js';

type Delivery = Pick<NotificationDeliveryTable, 'channel' | 'address' | 'subject' | 'body' | 'link' | 'ics' | 'ics_method'>;

/** The link as people open it: the server's public address in front of a web path. */
const absolute = (core: Core, link: string) => (/^https?:\/\//.test(link) ? link : `${core.config.publicUrl}${link.startsWith('/') ? '' : '/'}${link}`);

/** A channel that is not set up: retrying cannot help until an administrator sets it up and retries. */
export class NotSetUp extends Error {}
/** Said in the unit's language, for the delivery log. */
const notSetUp = (key: MessageKey) => new NotSetUp(t('zh-CN', key));

/** Sends one delivery over its channel with the settings as they are now; throws when it did not go. */
export async function sendOver(core: Core, d: Delivery): Promise<void> {
  const settings = await loadChannelSettings(core);
  const url = d.link ? absolute(core, d.link) : '';
  const lines = [`【通办】${d.subject}`, d.body, url].filter(Boolean);
  const mobiles = d.address ? [d.address] : [];
  switch (d.channel) {
    case 'email':
      if (!settings.smtp && !core.config.mail.smtpUrl) throw notSetUp('notifications.error.noSmtp');
      return sendMail(
        core.config,
        {
          to: d.address,
          subject: d.subject,
          text: [d.body, url].filter(Boolean).join('\n\n') + '\n\n——\n此邮件由通办系统自动发送，请勿直接回复。',
          ...(d.ics ? { icalEvent: { method: d.ics_method === 'CANCEL' ? 'CANCEL' : 'REQUEST', content: d.ics } } : {}),
        },
        settings.smtp ?? undefined,
      );
    case 'wecom':
      if (!settings.wecom.webhook) throw notSetUp('notifications.error.noWecom');
      return postWeCom(settings.wecom.webhook, lines.join('\n'), mobiles);
    case 'dingtalk':
      if (!settings.dingtalk.webhook) throw notSetUp('notifications.error.noDingtalk');
      return postDingTalk(settings.dingtalk.webhook, settings.dingtalk.secret, lines.join('\n'), mobiles);
    case 'sms':
      return SMS[settings.sms.provider].send(core, d.address, [`【通办】${d.subject}`, url].filter(Boolean).join(' '));
  }
}
