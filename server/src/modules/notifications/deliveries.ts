import type { Core } from '../../platform/context.js';
import type { Db, Tx } from '../../platform/db/index.js';
import type { Job } from '../../platform/db/schema.js';
import type { DeliveryChannel, NotificationDeliveryTable, NotificationTable } from '../../platform/db/schema-notifications.js';
import { t } from '../../platform/i18n/index.js';
import { enqueue } from '../../platform/jobs/queue.js';
import { newId, nowIso } from '../../platform/util.js';
import { NotSetUp, sendOver } from './channels/index.js';
import { quietUntil } from './quiet-hours.js';

export const DELIVER_JOB = 'notification.deliver';
/** Tries per delivery; the queue waits 2, 4, 8, 16, 32 s between them. */
const ATTEMPTS = 6;
const EXTERNAL: readonly DeliveryChannel[] = ['email', 'sms', 'wecom', 'dingtalk'];

export interface Recipient {
  notice: NotificationTable;
  /** users.channels: what the person chose. */
  channels: string[];
  email: string;
  phone: string;
}

type NewDelivery = Omit<NotificationDeliveryTable, 'id' | 'status' | 'attempts' | 'last_error' | 'hold_until' | 'created_at' | 'updated_at' | 'sent_at'>;

/** Queues the job that sends a delivery (now, or when the person's quiet hours end). */
export const queueSend = (tx: Db | Tx, deliveryId: string, runAt?: string) => enqueue(tx, { kind: DELIVER_JOB, payload: { deliveryId }, runAt, maxAttempts: ATTEMPTS });

/** Inserts delivery rows and (unless told not to) queues a send job for each that has somewhere to go. */
export async function insertDeliveries(tx: Db | Tx, rows: NewDelivery[], opts: { queue: boolean } = { queue: true }): Promise<string[]> {
  if (!rows.length) return [];
  const now = nowIso();
  const full: NotificationDeliveryTable[] = rows.map((r) => {
    const needsAddress = r.channel === 'email' || r.channel === 'sms';
    const missing = needsAddress && !r.address;
    return {
      ...r,
      id: newId(),
      status: missing ? 'failed' : 'pending',
      attempts: 0,
      last_error: missing ? t('zh-CN', r.channel === 'email' ? 'notifications.error.noEmail' : 'notifications.error.noMobile') : null,
      hold_until: null,
      created_at: now,
      updated_at: now,
      sent_at: null,
    };
  });
  await tx.insertInto('notification_deliveries').values(full).execute();
  if (opts.queue) for (const d of full) if (d.status === 'pending') await queueSend(tx, d.id);
  return full.map((d) => d.id);
}

/** One delivery per external channel each recipient chose; an invitation goes by e-mail to everyone with an address. */
export async function queueDeliveries(tx: Tx, recipients: Recipient[], opts: { invitation?: { method: string; ics: string }; urgent: boolean }): Promise<void> {
  const rows: NewDelivery[] = [];
  for (const r of recipients) {
    const channels = EXTERNAL.filter((c) => r.channels.includes(c) || (c === 'email' && opts.invitation && r.email));
    for (const channel of channels) {
      const invitation = channel === 'email' ? opts.invitation : undefined;
      rows.push({
        notification_id: r.notice.id,
        user_id: r.notice.user_id,
        channel,
        address: channel === 'email' ? r.email : r.phone,
        subject: r.notice.title,
        body: r.notice.body,
        link: r.notice.link,
        ics: invitation?.ics ?? null,
        ics_method: invitation?.method ?? null,
        urgent: opts.urgent ? 1 : 0,
      });
    }
  }
  await insertDeliveries(tx, rows);
}

const update = (core: Core, id: string, set: Partial<NotificationDeliveryTable>) =>
  core.db.updateTable('notification_deliveries').set({ ...set, updated_at: nowIso() }).where('id', '=', id).execute();

/**
 * Job: sends one delivery. In the person's quiet hours (unless urgent) it is held and sent when they
 * end; a failure is recorded and rethrown so the queue retries it, and the last try marks it failed
 * (at once when the channel is not set up at all).
 */
export async function deliverJob(core: Core, payload: Record<string, unknown>, job: Job): Promise<void> {
  const d = await core.db.selectFrom('notification_deliveries').selectAll().where('id', '=', String(payload.deliveryId)).executeTakeFirst();
  if (!d || d.status === 'sent' || d.status === 'failed') return;
  if (d.status !== 'held' && !d.urgent && d.user_id) {
    const until = await quietUntil(core, d.user_id);
    if (until !== null) {
      const holdUntil = new Date(until).toISOString();
      await core.db.transaction().execute(async (tx) => {
        await tx.updateTable('notification_deliveries').set({ status: 'held', hold_until: holdUntil, updated_at: nowIso() }).where('id', '=', d.id).execute();
        await queueSend(tx, d.id, holdUntil);
      });
      return;
    }
  }
  try {
    await sendOver(core, d);
  } catch (error) {
    const last = job.attempts >= job.max_attempts || error instanceof NotSetUp;
    await update(core, d.id, { status: last ? 'failed' : 'pending', attempts: d.attempts + 1, last_error: String((error as Error).message ?? error).slice(0, 1000) });
    if (error instanceof NotSetUp) return;
    throw error;
  }
  await update(core, d.id, { status: 'sent', attempts: d.attempts + 1, last_error: null, sent_at: nowIso() });
}
