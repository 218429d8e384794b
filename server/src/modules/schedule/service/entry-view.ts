import type { Db, Tx } from '../../../platform/db/index.js';
import { localDate } from '../../../platform/calendar/index.js';
import { directory } from '../../../platform/directory.js';
import { bool, parseJson } from '../../../platform/util.js';
import type { EntryAccess } from '../policy.js';
import type { EntryRow } from './occurrences.js';

/** The last date a weekly entry occurs on, from the instant stored. */
const lastDateOf = (recurUntil: string | null, timeZone: string) => (recurUntil ? localDate(timeZone, new Date(Date.parse(recurUntil) - 1)) : null);

/** An entry with everything its viewer may see, and what they may do with it. */
export async function entryView(db: Db | Tx, entry: EntryRow, userId: string, access: EntryAccess, timeZone: string) {
  const participants = await db.selectFrom('schedule_participants').selectAll().where('entry_id', '=', entry.id).orderBy('user_id').execute();
  const calendar = entry.calendar_id ? await db.selectFrom('schedule_calendars').select(['name', 'color']).where('id', '=', entry.calendar_id).executeTakeFirst() : undefined;
  const names = await directory().names(db, [entry.owner_user_id, ...participants.map((p) => p.user_id)]);
  const mine = participants.find((p) => p.user_id === userId);
  const canEdit = entry.owner_user_id === userId || access.calendarOwnerId === userId;
  return {
    id: entry.id,
    title: entry.title,
    kind: entry.kind,
    startAt: entry.starts_at,
    endAt: entry.ends_at,
    allDay: bool(entry.all_day),
    location: entry.location,
    notes: entry.notes,
    priority: entry.priority,
    visibility: entry.visibility,
    reminders: parseJson<number[]>(entry.reminders, []),
    recurrence: entry.recurrence,
    recurUntil: lastDateOf(entry.recur_until, timeZone),
    calendarId: entry.calendar_id,
    calendarName: calendar?.name ?? null,
    calendarColor: calendar?.color ?? null,
    ownerUserId: entry.owner_user_id,
    ownerName: names.get(entry.owner_user_id) ?? '',
    participants: participants.map((p) => ({ userId: p.user_id, name: names.get(p.user_id) ?? '', status: p.status, respondedAt: p.responded_at })),
    myStatus: mine?.status ?? null,
    can: { edit: canEdit, delete: canEdit, reply: !!mine },
    createdAt: entry.created_at,
    updatedAt: entry.updated_at,
  };
}

export type EntryView = Awaited<ReturnType<typeof entryView>>;
