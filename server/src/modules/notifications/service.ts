import { command } from '../../platform/command.js';
import type { Core, Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import { nowIso } from '../../platform/util.js';
import type { ListQuery, PreferencesInput } from './schema.js';

const NOTICE_FIELDS = ['id', 'category', 'kind', 'title', 'body', 'link', 'created_at as createdAt', 'read_at as readAt'] as const;

/** The caller's own notices, newest first. */
export async function listNotices(core: Core, userId: string, q: ListQuery) {
  let base = core.db.selectFrom('notifications').where('user_id', '=', userId);
  if (q.unread === 'true') base = base.where('read_at', 'is', null);
  if (q.unread === 'false') base = base.where('read_at', 'is not', null);
  if (q.category) base = base.where('category', '=', q.category);
  const [items, total] = await Promise.all([
    base.select(NOTICE_FIELDS).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), page: q.page, pageSize: q.pageSize };
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const row = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Notices by id, for the live stream of their recipient. */
export const noticesByIds = (db: Db, userId: string, ids: string[]) =>
  db.selectFrom('notifications').select(NOTICE_FIELDS).where('user_id', '=', userId).where('id', 'in', ids).orderBy('created_at').execute();

export async function markRead(core: Core, ctx: Ctx, userId: string, id: string): Promise<void> {
  await command(core, ctx, async (w) => {
    const notice = await w.tx.selectFrom('notifications').select(['id', 'title', 'read_at']).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    if (!notice) throw notFound();
    if (notice.read_at) return;
    await w.tx.updateTable('notifications').set({ read_at: nowIso() }).where('id', '=', id).execute();
    w.audit({ action: 'notification.read', targetType: 'notification', targetId: id, summary: `已读消息：${notice.title}` });
    w.emit({ type: 'notification.read', payload: { userId } });
  });
}

export async function markAllRead(core: Core, ctx: Ctx, userId: string): Promise<{ count: number }> {
  return command(core, ctx, async (w) => {
    const result = await w.tx.updateTable('notifications').set({ read_at: nowIso() }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
    const count = Number(result.numUpdatedRows);
    w.audit({ action: 'notification.readAll', targetType: 'user', targetId: userId, summary: `全部标为已读：${count} 条消息` });
    w.emit({ type: 'notification.read', payload: { userId } });
    return { count };
  });
}

export async function getPreferences(core: Core, userId: string) {
  const row = await core.db.selectFrom('notification_preferences').select(['quiet_start', 'quiet_end']).where('user_id', '=', userId).executeTakeFirst();
  return { quietStart: row?.quiet_start ?? null, quietEnd: row?.quiet_end ?? null, timeZone: core.config.timeZone };
}

export async function setPreferences(core: Core, ctx: Ctx, userId: string, input: PreferencesInput) {
  await command(core, ctx, async (w) => {
    const values = { quiet_start: input.quietStart, quiet_end: input.quietEnd, updated_at: nowIso() };
    await w.tx
      .insertInto('notification_preferences')
      .values({ user_id: userId, ...values })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute();
    w.audit({
      action: 'notification.preferences.update',
      targetType: 'user',
      targetId: userId,
      summary: input.quietStart ? `设置免打扰时段：${input.quietStart}–${input.quietEnd}` : '取消免打扰时段',
      detail: input,
    });
  });
  return getPreferences(core, userId);
}
