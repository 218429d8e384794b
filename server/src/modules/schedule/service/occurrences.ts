import type { Selectable } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { ParticipationStatus, ScheduleEntryTable } from '../../../platform/db/schema-schedule.js';
import { DAY_MS } from '../../../platform/calendar/days.js';

export type EntryRow = Selectable<ScheduleEntryTable>;
const WEEK_MS = 7 * DAY_MS;

/** Where one occurrence of an entry falls. */
export interface Occurrence {
  startAt: string;
  endAt: string;
}

/** The occurrences of an entry that overlap [from, to): one, or every week's for a weekly entry (until its last date). */
export function occurrencesOf(entry: EntryRow, from: string, to: string): Occurrence[] {
  const start = Date.parse(entry.starts_at);
  const length = Date.parse(entry.ends_at) - start;
  const lo = Date.parse(from);
  const hi = Date.parse(to);
  if (entry.recurrence !== 'weekly') return start < hi && start + length > lo ? [{ startAt: entry.starts_at, endAt: entry.ends_at }] : [];
  const out: Occurrence[] = [];
  for (let k = Math.max(0, Math.floor((lo - length - start) / WEEK_MS)); ; k++) {
    const s = start + k * WEEK_MS;
    if (s >= hi) break;
    if (entry.recur_until && s >= Date.parse(entry.recur_until)) break;
    if (s + length > lo) out.push({ startAt: new Date(s).toISOString(), endAt: new Date(s + length).toISOString() });
  }
  return out;
}

/** The first occurrence starting after `after` (ms), if the entry has one. */
export function nextOccurrence(entry: EntryRow, after: number): Occurrence | undefined {
  const start = Date.parse(entry.starts_at);
  const length = Date.parse(entry.ends_at) - start;
  if (entry.recurrence !== 'weekly') return start > after ? { startAt: entry.starts_at, endAt: entry.ends_at } : undefined;
  const k = Math.max(0, Math.floor((after - start) / WEEK_MS) + 1);
  const s = start + k * WEEK_MS;
  if (entry.recur_until && s >= Date.parse(entry.recur_until)) return undefined;
  return { startAt: new Date(s).toISOString(), endAt: new Date(s + length).toISOString() };
}

/** An entry as it stands in one person's calendar. */
export interface PersonEntry extends EntryRow {
  forUserId: string;
  /** Their participation in a team entry; null for their own entries. */
  participation: ParticipationStatus | null;
}

/**
 * Entries in these people's calendars that may overlap [from, to): their own entries, and the team
 * entries they take part in (declined ones only when asked). Weekly entries come once; expand them.
 */
export async function entriesFor(db: Db | Tx, userIds: string[], from: string, to: string, withDeclined = false): Promise<PersonEntry[]> {
  if (!userIds.length) return [];
  const own = await db
    .selectFrom('schedule_entries')
    .selectAll()
    .where('owner_user_id', 'in', userIds)
    .where('calendar_id', 'is', null)
    .where('starts_at', '<', to)
    .where((eb) => eb.or([eb('recurrence', '=', 'weekly'), eb('ends_at', '>', from)]))
    .execute();
  let team = db
    .selectFrom('schedule_entries')
    .innerJoin('schedule_participants', 'schedule_participants.entry_id', 'schedule_entries.id')
    .selectAll('schedule_entries')
    .select(['schedule_participants.user_id as for_user_id', 'schedule_participants.status as participation'])
    .where('schedule_participants.user_id', 'in', userIds)
    .where('schedule_entries.starts_at', '<', to)
    .where((eb) => eb.or([eb('schedule_entries.recurrence', '=', 'weekly'), eb('schedule_entries.ends_at', '>', from)]));
  if (!withDeclined) team = team.where('schedule_participants.status', '!=', 'declined');
  const shared = await team.execute();
  return [
    ...own.map((e) => ({ ...e, forUserId: e.owner_user_id, participation: null })),
    ...shared.map(({ for_user_id, participation, ...e }) => ({ ...e, forUserId: for_user_id, participation })),
  ];
}
