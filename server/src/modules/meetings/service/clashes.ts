import type { Access } from '../../../platform/access/resolve.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { t, type Locale } from '../../../platform/i18n/index.js';
import { busyOf, type BusySlot } from '../../schedule/index.js';
import { visibleMeeting } from '../policy.js';
import { meetingLink } from './notices.js';
import { contactsOf, invitees } from './people.js';

/**
 * The meetings' share of people's calendars: approved meetings of those still expected (invited and
 * not declined or delegated) and of their organisers, overlapping [from, to).
 */
export async function meetingSlots(db: Db | Tx, userIds: string[], from: string, to: string): Promise<BusySlot[]> {
  const base = db.selectFrom('meetings').where('meetings.status', '=', 'approved').where('meetings.start_at', '<', to).where('meetings.end_at', '>', from);
  const attending = base
    .innerJoin('meeting_attendees', 'meeting_attendees.meeting_id', 'meetings.id')
    .select(['meeting_attendees.user_id', 'meetings.id', 'meetings.topic', 'meetings.start_at', 'meetings.end_at', 'meetings.classification'])
    .where('meeting_attendees.user_id', 'in', userIds)
    .where('meeting_attendees.reply', 'in', ['pending', 'accepted']);
  const organising = base.select(['meetings.organizer_user_id as user_id', 'meetings.id', 'meetings.topic', 'meetings.start_at', 'meetings.end_at', 'meetings.classification']).where('meetings.organizer_user_id', 'in', userIds);
  const rows = await attending.union(organising).execute();
  // A 秘密 meeting's topic stays in the system: feeds and other people's clash lists show it only as such.
  return rows.map((r) => ({ userId: r.user_id, startAt: r.start_at, endAt: r.end_at, title: r.topic, source: 'meeting', refId: r.id, link: meetingLink(r.id), confidential: r.classification === 'secret' }));
}

export interface ClashQuery {
  startAt: string;
  endAt: string;
  userIds: string[];
  departmentIds: string[];
  /** The meeting being checked, which is no clash with itself. */
  excludeMeetingId?: string;
}

/** Who of the invited is busy at that time, and with what (from every calendar source); a 秘密 meeting is named only as such. */
export async function clashes(db: Db | Tx, locale: Locale, q: ClashQuery) {
  const people = await invitees(db, { attendeeUserIds: q.userIds, observerUserIds: [], departmentIds: q.departmentIds });
  const busy = (await busyOf(db, people, q.startAt, q.endAt)).filter((s) => s.refId !== q.excludeMeetingId);
  const names = await contactsOf(db, [...new Set(busy.map((s) => s.userId))]);
  const byPerson = new Map<string, { userId: string; name: string; items: { title: string; startAt: string; endAt: string; source: string; link: string }[] }>();
  for (const s of busy) {
    const entry = byPerson.get(s.userId) ?? { userId: s.userId, name: names.get(s.userId)?.name ?? '', items: [] };
    entry.items.push({ title: s.confidential ? t(locale, 'meeting.secretMeeting') : s.title, startAt: s.startAt, endAt: s.endAt, source: s.source, link: s.link });
    byPerson.set(s.userId, entry);
  }
  return { items: [...byPerson.values()] };
}

/** The clashes of a saved meeting's invited people at its own time. */
export async function clashesOfMeeting(db: Db | Tx, locale: Locale, access: Access, id: string) {
  const { meeting } = await visibleMeeting(db, access, id);
  const attendees = await db.selectFrom('meeting_attendees').select('user_id').where('meeting_id', '=', id).where('reply', 'in', ['pending', 'accepted']).execute();
  const departments = await db.selectFrom('meeting_departments').select('department_id').where('meeting_id', '=', id).execute();
  return clashes(db, locale, {
    startAt: meeting.start_at,
    endAt: meeting.end_at,
    userIds: attendees.map((a) => a.user_id),
    departmentIds: departments.map((d) => d.department_id),
    excludeMeetingId: id,
  });
}
