import { command } from '../../platform/command.js';
import type { Core, Ctx } from '../../platform/context.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { t } from '../../platform/i18n/index.js';
import { nowIso } from '../../platform/util.js';
import type { Caller } from '../access/index.js';
import { sendOver } from './channels/index.js';
import { insertDeliveries, queueSend } from './deliveries.js';
import { mayConfigure, mayReadDeliveries } from './policy.js';
import type { DeliveriesQuery, SettingsInput, TestInput } from './schema.js';
import { loadChannelSettings, publicSettings, saveChannelSettings } from './settings.js';

export async function getSettings(core: Core, caller: Caller) {
  mayConfigure(caller);
  return publicSettings(core, await loadChannelSettings(core));
}

export async function putSettings(core: Core, ctx: Ctx, caller: Caller, input: SettingsInput) {
  mayConfigure(caller);
  return command(core, ctx, async (w) => {
    const before = await loadChannelSettings(core, w.tx);
    const next = {
      smtp: input.smtp ? { ...input.smtp, password: input.smtp.password ?? before.smtp?.password ?? '' } : null,
      wecom: input.wecom,
      dingtalk: { webhook: input.dingtalk.webhook, secret: input.dingtalk.secret ?? before.dingtalk.secret },
      sms: input.sms,
    };
    await saveChannelSettings(core, w.tx, next);
    const shown = publicSettings(core, next);
    w.audit({ action: 'notification.settings.update', targetType: 'settings', targetId: 'notifications.channels', summary: '修改消息通道设置', detail: { before: publicSettings(core, before), after: shown } });
    return shown;
  });
}

/** Sends a test message at once (not queued: the administrator waits for the answer) and logs it as a delivery. */
export async function sendTest(core: Core, ctx: Ctx, caller: Caller, input: TestInput) {
  mayConfigure(caller);
  const userId = ctx.actor?.userId ?? null;
  const me = userId
    ? await core.db.selectFrom('users').leftJoin('people', 'people.id', 'users.person_id').select(['people.email', 'people.phone']).where('users.id', '=', userId).executeTakeFirst()
    : undefined;
  const address = input.address || (input.channel === 'email' ? me?.email : me?.phone) || '';
  if (!address && (input.channel === 'email' || input.channel === 'sms')) {
    throw invalid('NOTIFICATION_TEST_ADDRESS', 'notifications.testAddress', {}, { address: { key: 'notifications.testAddress' } });
  }
  const channelName = t(ctx.locale, `notifications.channel.${input.channel}`);
  const delivery = {
    notification_id: null,
    user_id: userId,
    channel: input.channel,
    address,
    subject: t(ctx.locale, 'notifications.test.subject'),
    body: t(ctx.locale, 'notifications.test.body', { channel: channelName }),
    link: '/me/notifications',
    ics: null,
    ics_method: null,
    urgent: 1,
  };
  const id = await command(core, ctx, async (w) => {
    // Inserted without a job: this request sends it.
    const [created] = await insertDeliveries(w.tx, [delivery], { queue: false });
    w.audit({ action: 'notification.test', targetType: 'notificationDelivery', targetId: created!, summary: `发送测试消息（${channelName}）：${address || '群机器人'}` });
    return created!;
  });
  let error: string | null = null;
  try {
    await sendOver(core, delivery);
  } catch (e) {
    error = String((e as Error).message ?? e).slice(0, 1000);
  }
  await core.db
    .updateTable('notification_deliveries')
    .set({ status: error ? 'failed' : 'sent', attempts: 1, last_error: error, sent_at: error ? null : nowIso(), updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
  return { id, status: error ? ('failed' as const) : ('sent' as const), error };
}

export async function listDeliveries(core: Core, caller: Caller, q: DeliveriesQuery) {
  mayReadDeliveries(caller);
  let base = core.db.selectFrom('notification_deliveries as d').leftJoin('users as u', 'u.id', 'd.user_id');
  if (q.status) base = base.where('d.status', '=', q.status);
  if (q.channel) base = base.where('d.channel', '=', q.channel);
  const [items, total] = await Promise.all([
    base
      .select([
        'd.id',
        'd.channel',
        'd.address',
        'd.subject',
        'd.status',
        'd.attempts',
        'd.last_error as lastError',
        'd.hold_until as holdUntil',
        'd.created_at as createdAt',
        'd.updated_at as updatedAt',
        'd.sent_at as sentAt',
        'u.display_name as recipientName',
      ])
      .orderBy('d.created_at', 'desc')
      .orderBy('d.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), page: q.page, pageSize: q.pageSize };
}

/** Queues a failed delivery again (after the administrator fixed the settings or the address). */
export async function retryDelivery(core: Core, ctx: Ctx, caller: Caller, id: string) {
  mayConfigure(caller);
  await command(core, ctx, async (w) => {
    const d = await w.tx.selectFrom('notification_deliveries').select(['id', 'status', 'channel', 'address', 'subject']).where('id', '=', id).executeTakeFirst();
    if (!d) throw notFound();
    const moved = await w.tx
      .updateTable('notification_deliveries')
      .set({ status: 'pending', updated_at: nowIso() })
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .executeTakeFirst();
    if (!Number(moved.numUpdatedRows)) throw conflict('NOTIFICATION_NOT_FAILED', 'notifications.notFailed');
    await queueSend(w.tx, id);
    w.audit({ action: 'notification.delivery.retry', targetType: 'notificationDelivery', targetId: id, summary: `重试投递（${d.channel}）：${d.subject} → ${d.address || '群机器人'}` });
  });
  return { ok: true };
}
