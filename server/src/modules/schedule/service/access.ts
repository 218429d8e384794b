import type { Db, Tx } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import type { EntryAccess } from '../policy.js';
import type { EntryRow } from './occurrences.js';

export async function isCalendarMember(db: Db | Tx, calendarId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('schedule_calendar_members').select('user_id').where('calendar_id', '=', calendarId).where('user_id', '=', userId).executeTakeFirst();
  return !!row;
}

export async function loadEntry(db: Db | Tx, id: string): Promise<EntryRow> {
  const entry = await db.selectFrom('schedule_entries').selectAll().where('id', '=', id).executeTakeFirst();
  if (!entry) throw notFound();
  return entry;
}

/** What the policy needs to know about one person and one entry. */
export async function entryAccess(db: Db | Tx, entry: EntryRow, userId: string): Promise<EntryAccess> {
  const [calendar, isMember, participant] = await Promise.all([
    entry.calendar_id ? db.selectFrom('schedule_calendars').select('owner_user_id').where('id', '=', entry.calendar_id).executeTakeFirst() : undefined,
    entry.calendar_id ? isCalendarMember(db, entry.calendar_id, userId) : false,
    db.selectFrom('schedule_participants').select('status').where('entry_id', '=', entry.id).where('user_id', '=', userId).executeTakeFirst(),
  ]);
  return { ownerUserId: entry.owner_user_id, calendarOwnerId: calendar?.owner_user_id ?? null, isMember, isParticipant: !!participant };
}
