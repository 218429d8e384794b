import type { Core, Ctx } from '../../../platform/context.js';
import { directory } from '../../../platform/directory.js';
import { busyOf, type BusySlot } from '../sources.js';
import { requireCalendarMember, selfOf } from '../policy.js';
import { isCalendarMember } from './access.js';
import { entriesFor, type PersonEntry } from './occurrences.js';
import { entrySlots } from './own-sources.js';

/** One thing in a calendar view: a slot, with the entry's calendar and kind for entries. */
export type CalendarItem = BusySlot & { calendarId?: string | null; kind?: string; visibility?: string; recurring?: boolean };

const itemsOf = (e: PersonEntry, from: string, to: string): CalendarItem[] =>
  entrySlots(e, from, to, true).map((s) => ({ ...s, calendarId: e.calendar_id, kind: e.kind, visibility: e.visibility, recurring: e.recurrence === 'weekly' }));

const byStart = (a: CalendarItem, b: CalendarItem) => a.startAt.localeCompare(b.startAt) || a.title.localeCompare(b.title);

/** A person's whole calendar: every source's slots (deadlines included), with their own entries in full. */
export async function calendarOf(core: Core, userId: string, from: string, to: string): Promise<CalendarItem[]> {
  const [others, entries] = await Promise.all([busyOf(core.db, [userId], from, to, { markers: true }), entriesFor(core.db, [userId], from, to, true)]);
  return [...others.filter((s) => s.source !== 'entry'), ...entries.flatMap((e) => itemsOf(e, from, to))].sort(byStart);
}

/** GET /api/schedule: the caller's own calendar, and nobody else's (with the unit's zone, in which all-day items fall). */
export async function myCalendar(core: Core, ctx: Ctx, from: string, to: string) {
  return { from, to, timeZone: core.config.timeZone, items: await calendarOf(core, selfOf(ctx), from, to) };
}

/** A team calendar's entries in the window, for its members. */
export async function teamCalendarEntries(core: Core, ctx: Ctx, calendarId: string, from: string, to: string) {
  const me = selfOf(ctx);
  requireCalendarMember(await isCalendarMember(core.db, calendarId, me));
  const rows = await core.db
    .selectFrom('schedule_entries')
    .selectAll()
    .where('calendar_id', '=', calendarId)
    .where('starts_at', '<', to)
    .where((eb) => eb.or([eb('recurrence', '=', 'weekly'), eb('ends_at', '>', from)]))
    .execute();
  if (!rows.length) return { from, to, timeZone: core.config.timeZone, items: [] };
  const mine = await core.db.selectFrom('schedule_participants').select(['entry_id', 'status']).where('user_id', '=', me).where('entry_id', 'in', rows.map((r) => r.id)).execute();
  const statusOf = new Map(mine.map((m) => [m.entry_id, m.status]));
  const items = rows.flatMap((r) => itemsOf({ ...r, forUserId: me, participation: statusOf.get(r.id) ?? null }, from, to));
  return { from, to, timeZone: core.config.timeZone, items: items.sort(byStart) };
}

/**
 * Colleagues' free/busy: only when they are busy, never what with (no titles, places or sources of
 * private things); private entries and deadlines are not busy time at all.
 */
export async function freeBusy(core: Core, ctx: Ctx, userIds: string[], from: string, to: string) {
  selfOf(ctx);
  const active = await core.db.selectFrom('users').select('id').where('id', 'in', userIds).where('status', '=', 'active').execute();
  const ids = active.map((u) => u.id);
  const slots = await busyOf(core.db, ids, from, to);
  const names = await directory().names(core.db, ids);
  return {
    from,
    to,
    people: ids.map((id) => ({
      userId: id,
      name: names.get(id) ?? '',
      busy: slots.filter((s) => s.userId === id && s.status !== 'declined').map((s) => ({ startAt: s.startAt, endAt: s.endAt, allDay: !!s.allDay })),
    })),
  };
}
