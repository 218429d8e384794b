import type { Core, Ctx } from '../../../platform/context.js';
import { command, type Work } from '../../../platform/command.js';
import type { Tx } from '../../../platform/db/index.js';
import { dayNumber, localDate } from '../../../platform/calendar/index.js';
import { fromLocal } from '../../../platform/calendar/zone.js';
import { conflict, invalid } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import type { MessageKey } from '../../../platform/i18n/index.js';
import { notify } from '../../notifications/index.js';
import { requireCalendarMember, requireEntryEditable, requireEntryVisible, requireParticipant, selfOf } from '../policy.js';
import type { EntryInput } from '../schema.js';
import { entryAccess, isCalendarMember, loadEntry } from './access.js';
import { entryView } from './entry-view.js';
import type { EntryRow } from './occurrences.js';
import { entryLink } from './own-sources.js';
import { cancelReminders, planReminders } from './reminders.js';

const midnight = (day: number, timeZone: string) => new Date(fromLocal({ day, ms: 0 }, timeZone)).toISOString();

/** The stored times: an all-day entry runs from its first day's midnight to the midnight after its last (unit zone). */
function timesOf(input: EntryInput, timeZone: string) {
  const startDay = dayNumber(localDate(timeZone, new Date(input.startAt)));
  const lastDay = dayNumber(localDate(timeZone, new Date(Date.parse(input.endAt) - 1)));
  const times = input.allDay ? { starts_at: midnight(startDay, timeZone), ends_at: midnight(lastDay + 1, timeZone) } : { starts_at: input.startAt, ends_at: input.endAt };
  let recur_until: string | null = null;
  if (input.recurrence === 'weekly' && input.recurUntil) {
    if (dayNumber(input.recurUntil) < startDay) throw invalid('SCHEDULE_RECUR_UNTIL', 'error.validation', {}, { recurUntil: { key: 'schedule.recurUntilBeforeStart' } });
    recur_until = midnight(dayNumber(input.recurUntil) + 1, timeZone);
  }
  return { ...times, recur_until };
}

function fieldsOf(input: EntryInput, timeZone: string) {
  return {
    kind: input.kind,
    title: input.title,
    location: input.location,
    notes: input.notes,
    all_day: input.allDay ? 1 : 0,
    priority: input.priority,
    visibility: input.visibility,
    reminders: JSON.stringify([...new Set(input.reminders)].sort((a, b) => b - a)),
    recurrence: input.recurrence,
    ...timesOf(input, timeZone),
  };
}

/** Everyone taking part must be a member of the team calendar. */
async function checkParticipants(tx: Tx, calendarId: string, userIds: string[]): Promise<void> {
  const members = await tx.selectFrom('schedule_calendar_members').select('user_id').where('calendar_id', '=', calendarId).where('user_id', 'in', userIds).execute();
  if (members.length !== userIds.length) throw invalid('SCHEDULE_NOT_MEMBER', 'error.validation', {}, { participantIds: { key: 'schedule.participantNotMember' } });
}

const summaryOf = (e: { title: string; starts_at: string }) => `${e.title}（${e.starts_at}）`;

async function tell(w: Work, userIds: string[], kind: string, titleKey: MessageKey, entry: EntryRow, actor: string) {
  await notify(w, { userIds, category: 'schedule', kind, titleKey, params: { title: entry.title, actor }, link: entryLink(entry.id) });
}

/** Puts an entry in the caller's calendar, or on a team calendar they belong to with the members taking part. */
export async function createEntry(core: Core, ctx: Ctx, input: EntryInput) {
  const me = selfOf(ctx);
  const fields = fieldsOf(input, core.config.timeZone);
  return command(core, ctx, async (w) => {
    const others = [...new Set(input.participantIds)].filter((u) => u !== me);
    if (input.calendarId) {
      requireCalendarMember(await isCalendarMember(w.tx, input.calendarId, me));
      if (others.length) await checkParticipants(w.tx, input.calendarId, others);
    }
    const now = nowIso();
    const entry: EntryRow = { id: newId(), owner_user_id: me, calendar_id: input.calendarId ?? null, ...fields, revision: 1, created_at: now, updated_at: now };
    await w.tx.insertInto('schedule_entries').values(entry).execute();
    if (entry.calendar_id) {
      await w.tx
        .insertInto('schedule_participants')
        .values([{ entry_id: entry.id, user_id: me, status: 'accepted', responded_at: now }, ...others.map((u) => ({ entry_id: entry.id, user_id: u, status: 'invited' as const, responded_at: null }))])
        .execute();
      await tell(w, others, 'schedule.invited', 'schedule.notice.invited', entry, ctx.actor!.displayName);
    }
    await planReminders(w.tx, entry);
    w.audit({ action: 'schedule.entry.create', targetType: 'scheduleEntry', targetId: entry.id, summary: `新建日程：${summaryOf(entry)}`, detail: { calendarId: entry.calendar_id, participants: others } });
    w.emit({ type: 'schedule.entry.created', payload: { entryId: entry.id, userIds: [me, ...others] } });
    return entryView(w.tx, entry, me, await entryAccess(w.tx, entry, me), core.config.timeZone);
  });
}

export async function getEntry(core: Core, ctx: Ctx, id: string) {
  const me = selfOf(ctx);
  const entry = await loadEntry(core.db, id);
  const access = await entryAccess(core.db, entry, me);
  requireEntryVisible(me, access);
  return entryView(core.db, entry, me, access, core.config.timeZone);
}

/** Changes an entry: its reminders are planned anew, and the people taking part are told. */
export async function updateEntry(core: Core, ctx: Ctx, id: string, input: EntryInput) {
  const me = selfOf(ctx);
  const fields = fieldsOf(input, core.config.timeZone);
  return command(core, ctx, async (w) => {
    const before = await loadEntry(w.tx, id);
    const access = await entryAccess(w.tx, before, me);
    requireEntryEditable(me, access);
    if ((input.calendarId ?? null) !== before.calendar_id) throw invalid('SCHEDULE_CALENDAR_FIXED', 'error.validation', {}, { calendarId: { key: 'schedule.calendarFixed' } });
    const wanted = new Set([before.owner_user_id, ...input.participantIds]);
    const current = before.calendar_id ? await w.tx.selectFrom('schedule_participants').select('user_id').where('entry_id', '=', id).execute() : [];
    const added = [...wanted].filter((u) => !current.some((c) => c.user_id === u));
    const removed = current.map((c) => c.user_id).filter((u) => !wanted.has(u));
    if (before.calendar_id && added.length) await checkParticipants(w.tx, before.calendar_id, added);
    const entry: EntryRow = { ...before, ...fields, revision: before.revision + 1, updated_at: nowIso() };
    const updated = await w.tx.updateTable('schedule_entries').set({ ...fields, revision: entry.revision, updated_at: entry.updated_at }).where('id', '=', id).where('revision', '=', before.revision).executeTakeFirst();
    if (!Number(updated.numUpdatedRows)) throw conflict('SCHEDULE_CHANGED', 'schedule.changedMeanwhile');
    if (before.calendar_id) {
      if (removed.length) await w.tx.deleteFrom('schedule_participants').where('entry_id', '=', id).where('user_id', 'in', removed).execute();
      if (added.length) await w.tx.insertInto('schedule_participants').values(added.map((u) => ({ entry_id: id, user_id: u, status: 'invited' as const, responded_at: null }))).execute();
      const stay = current.map((c) => c.user_id).filter((u) => wanted.has(u) && u !== me);
      // A new time is a new question: everyone but the creator answers again.
      if (entry.starts_at !== before.starts_at || entry.ends_at !== before.ends_at) {
        await w.tx.updateTable('schedule_participants').set({ status: 'invited', responded_at: null }).where('entry_id', '=', id).where('user_id', '!=', before.owner_user_id).execute();
      }
      await tell(w, added, 'schedule.invited', 'schedule.notice.invited', entry, ctx.actor!.displayName);
      await tell(w, stay, 'schedule.updated', 'schedule.notice.updated', entry, ctx.actor!.displayName);
      await tell(w, removed, 'schedule.removed', 'schedule.notice.cancelled', entry, ctx.actor!.displayName);
    }
    await planReminders(w.tx, entry);
    w.audit({ action: 'schedule.entry.update', targetType: 'scheduleEntry', targetId: id, summary: `修改日程：${summaryOf(entry)}`, detail: { before: { title: before.title, startsAt: before.starts_at, endsAt: before.ends_at }, added, removed } });
    w.emit({ type: 'schedule.entry.updated', payload: { entryId: id } });
    return entryView(w.tx, entry, me, await entryAccess(w.tx, entry, me), core.config.timeZone);
  });
}

export async function deleteEntry(core: Core, ctx: Ctx, id: string): Promise<void> {
  const me = selfOf(ctx);
  await command(core, ctx, async (w) => {
    const entry = await loadEntry(w.tx, id);
    requireEntryEditable(me, await entryAccess(w.tx, entry, me));
    const participants = await w.tx.selectFrom('schedule_participants').select('user_id').where('entry_id', '=', id).execute();
    await cancelReminders(w.tx, id);
    await w.tx.deleteFrom('schedule_participants').where('entry_id', '=', id).execute();
    await w.tx.deleteFrom('schedule_entries').where('id', '=', id).execute();
    await tell(w, participants.map((p) => p.user_id).filter((u) => u !== me), 'schedule.cancelled', 'schedule.notice.cancelled', entry, ctx.actor!.displayName);
    w.audit({ action: 'schedule.entry.delete', targetType: 'scheduleEntry', targetId: id, summary: `删除日程：${summaryOf(entry)}` });
    w.emit({ type: 'schedule.entry.deleted', payload: { entryId: id } });
  });
}

/** A participant's answer to a team entry (accept, decline, tentative); the creator is told. */
export async function replyToEntry(core: Core, ctx: Ctx, id: string, status: 'accepted' | 'declined' | 'tentative') {
  const me = selfOf(ctx);
  return command(core, ctx, async (w) => {
    const entry = await loadEntry(w.tx, id);
    const access = await entryAccess(w.tx, entry, me);
    requireEntryVisible(me, access);
    requireParticipant(access);
    await w.tx.updateTable('schedule_participants').set({ status, responded_at: nowIso() }).where('entry_id', '=', id).where('user_id', '=', me).execute();
    if (entry.owner_user_id !== me) {
      await notify(w, { userIds: [entry.owner_user_id], category: 'schedule', kind: 'schedule.replied', titleKey: `schedule.notice.${status}`, params: { title: entry.title, actor: ctx.actor!.displayName }, link: entryLink(id) });
    }
    w.audit({ action: 'schedule.entry.reply', targetType: 'scheduleEntry', targetId: id, summary: `答复日程：${entry.title}（${status}）`, detail: { status } });
    w.emit({ type: 'schedule.entry.replied', payload: { entryId: id, userId: me, status } });
    return entryView(w.tx, entry, me, access, core.config.timeZone);
  });
}
