import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { directory } from '../../../platform/directory.js';
import { invalid, notFound } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import { notify } from '../../notifications/index.js';
import { requireCalendarMember, requireCalendarOwner, selfOf } from '../policy.js';
import type { CalendarInput } from '../schema.js';
import { isCalendarMember } from './access.js';
import { cancelReminders } from './reminders.js';

async function loadCalendarRow(db: Db | Tx, id: string) {
  const row = await db.selectFrom('schedule_calendars').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Active logins among these ids (a member must be someone who can log in). */
async function activeUsers(db: Db | Tx, userIds: string[]): Promise<string[]> {
  if (!userIds.length) return [];
  const rows = await db.selectFrom('users').select('id').where('id', 'in', userIds).where('status', '=', 'active').execute();
  return rows.map((r) => r.id);
}

async function departmentUsers(db: Db | Tx, departmentId: string): Promise<string[]> {
  const department = await db.selectFrom('departments').select('id').where('id', '=', departmentId).executeTakeFirst();
  if (!department) throw invalid('SCHEDULE_DEPARTMENT', 'error.validation', {}, { departmentId: { key: 'schedule.departmentUnknown' } });
  const rows = await db
    .selectFrom('users')
    .innerJoin('people', 'people.id', 'users.person_id')
    .select('users.id')
    .where('people.department_id', '=', departmentId)
    .where('people.status', '=', 'active')
    .where('users.status', '=', 'active')
    .execute();
  return rows.map((r) => r.id);
}

async function addMemberRows(tx: Tx, calendarId: string, userIds: string[]): Promise<string[]> {
  const valid = await activeUsers(tx, userIds);
  if (valid.length !== new Set(userIds).size) throw invalid('SCHEDULE_USER_INVALID', 'error.validation', {}, { userIds: { key: 'schedule.userInvalid' } });
  const existing = await tx.selectFrom('schedule_calendar_members').select('user_id').where('calendar_id', '=', calendarId).execute();
  const fresh = valid.filter((u) => !existing.some((e) => e.user_id === u));
  if (fresh.length) await tx.insertInto('schedule_calendar_members').values(fresh.map((u) => ({ calendar_id: calendarId, user_id: u, added_at: nowIso() }))).execute();
  return fresh;
}

/** The team calendars the caller belongs to. */
export async function listCalendars(core: Core, ctx: Ctx) {
  const me = selfOf(ctx);
  const rows = await core.db
    .selectFrom('schedule_calendars')
    .innerJoin('schedule_calendar_members as mine', 'mine.calendar_id', 'schedule_calendars.id')
    .selectAll('schedule_calendars')
    .select((eb) => eb.selectFrom('schedule_calendar_members as m').select((e) => e.fn.countAll<number>().as('n')).whereRef('m.calendar_id', '=', 'schedule_calendars.id').as('member_count'))
    .where('mine.user_id', '=', me)
    .orderBy('schedule_calendars.name')
    .execute();
  const names = await directory().names(core.db, rows.map((r) => r.owner_user_id));
  return {
    items: rows.map((r) => ({ id: r.id, name: r.name, color: r.color, ownerUserId: r.owner_user_id, ownerName: names.get(r.owner_user_id) ?? '', departmentId: r.department_id, memberCount: Number(r.member_count), isOwner: r.owner_user_id === me })),
  };
}

export async function getCalendar(core: Core, ctx: Ctx, id: string) {
  const me = selfOf(ctx);
  const row = await loadCalendarRow(core.db, id);
  requireCalendarMember(await isCalendarMember(core.db, id, me));
  const members = await core.db.selectFrom('schedule_calendar_members').select(['user_id', 'added_at']).where('calendar_id', '=', id).execute();
  const names = await directory().names(core.db, members.map((m) => m.user_id));
  return {
    id: row.id,
    name: row.name,
    color: row.color,
    ownerUserId: row.owner_user_id,
    departmentId: row.department_id,
    isOwner: row.owner_user_id === me,
    members: members.map((m) => ({ userId: m.user_id, name: names.get(m.user_id) ?? '', addedAt: m.added_at })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  };
}

/** A team calendar owned by the caller: hand-picked members, or a department's people, and the caller. */
export async function createCalendar(core: Core, ctx: Ctx, input: CalendarInput) {
  const me = selfOf(ctx);
  const id = await command(core, ctx, async (w) => {
    const id = newId();
    const now = nowIso();
    await w.tx.insertInto('schedule_calendars').values({ id, name: input.name, color: input.color, owner_user_id: me, department_id: input.departmentId ?? null, created_at: now, updated_at: now }).execute();
    const fromDepartment = input.departmentId ? await departmentUsers(w.tx, input.departmentId) : [];
    const members = await addMemberRows(w.tx, id, [...new Set([me, ...input.memberIds, ...fromDepartment])]);
    await notify(w, { userIds: members.filter((u) => u !== me), category: 'schedule', kind: 'schedule.calendar.joined', titleKey: 'schedule.notice.joined', params: { name: input.name, actor: ctx.actor!.displayName }, link: `/schedule?calendar=${id}` });
    w.audit({ action: 'schedule.calendar.create', targetType: 'scheduleCalendar', targetId: id, summary: `新建团队日历：${input.name}（${members.length} 人）`, detail: { departmentId: input.departmentId ?? null, members } });
    return id;
  });
  return getCalendar(core, ctx, id);
}

export async function updateCalendar(core: Core, ctx: Ctx, id: string, input: { name: string; color: string }) {
  const me = selfOf(ctx);
  await command(core, ctx, async (w) => {
    const row = await loadCalendarRow(w.tx, id);
    requireCalendarMember(await isCalendarMember(w.tx, id, me));
    requireCalendarOwner(me, row);
    await w.tx.updateTable('schedule_calendars').set({ name: input.name, color: input.color, updated_at: nowIso() }).where('id', '=', id).execute();
    w.audit({ action: 'schedule.calendar.update', targetType: 'scheduleCalendar', targetId: id, summary: `修改团队日历：${row.name} → ${input.name}`, detail: { before: { name: row.name, color: row.color }, after: input } });
  });
  return getCalendar(core, ctx, id);
}

/** Deletes a team calendar with its entries (their reminders cancelled). */
export async function deleteCalendar(core: Core, ctx: Ctx, id: string): Promise<void> {
  const me = selfOf(ctx);
  await command(core, ctx, async (w) => {
    const row = await loadCalendarRow(w.tx, id);
    requireCalendarMember(await isCalendarMember(w.tx, id, me));
    requireCalendarOwner(me, row);
    const entries = await w.tx.selectFrom('schedule_entries').select('id').where('calendar_id', '=', id).execute();
    for (const e of entries) await cancelReminders(w.tx, e.id);
    if (entries.length) {
      await w.tx.deleteFrom('schedule_participants').where('entry_id', 'in', entries.map((e) => e.id)).execute();
      await w.tx.deleteFrom('schedule_entries').where('calendar_id', '=', id).execute();
    }
    await w.tx.deleteFrom('schedule_calendar_members').where('calendar_id', '=', id).execute();
    await w.tx.deleteFrom('schedule_calendars').where('id', '=', id).execute();
    w.audit({ action: 'schedule.calendar.delete', targetType: 'scheduleCalendar', targetId: id, summary: `删除团队日历：${row.name}（含 ${entries.length} 条日程）` });
  });
}

export async function addMembers(core: Core, ctx: Ctx, id: string, userIds: string[]) {
  const me = selfOf(ctx);
  await command(core, ctx, async (w) => {
    const row = await loadCalendarRow(w.tx, id);
    requireCalendarMember(await isCalendarMember(w.tx, id, me));
    requireCalendarOwner(me, row);
    const added = await addMemberRows(w.tx, id, [...new Set(userIds)]);
    await notify(w, { userIds: added, category: 'schedule', kind: 'schedule.calendar.joined', titleKey: 'schedule.notice.joined', params: { name: row.name, actor: ctx.actor!.displayName }, link: `/schedule?calendar=${id}` });
    w.audit({ action: 'schedule.calendar.addMembers', targetType: 'scheduleCalendar', targetId: id, summary: `团队日历「${row.name}」添加成员 ${added.length} 人`, detail: { added } });
  });
  return getCalendar(core, ctx, id);
}

/** Removes a member (not the owner), and their part in the calendar's entries. */
export async function removeMember(core: Core, ctx: Ctx, id: string, userId: string) {
  const me = selfOf(ctx);
  await command(core, ctx, async (w) => {
    const row = await loadCalendarRow(w.tx, id);
    requireCalendarMember(await isCalendarMember(w.tx, id, me));
    requireCalendarOwner(me, row);
    if (userId === row.owner_user_id) throw invalid('SCHEDULE_OWNER_STAYS', 'schedule.ownerStays');
    const removed = await w.tx.deleteFrom('schedule_calendar_members').where('calendar_id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    if (!Number(removed.numDeletedRows)) throw notFound();
    await w.tx.deleteFrom('schedule_participants').where('user_id', '=', userId).where('entry_id', 'in', (qb) => qb.selectFrom('schedule_entries').select('id').where('calendar_id', '=', id)).execute();
    w.audit({ action: 'schedule.calendar.removeMember', targetType: 'scheduleCalendar', targetId: id, summary: `团队日历「${row.name}」移除成员`, detail: { userId } });
  });
  return getCalendar(core, ctx, id);
}
