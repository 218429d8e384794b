import type { Core } from '../../../platform/context.js';
import type { Work } from '../../../platform/command.js';
import type { Meeting } from '../../../platform/db/schema-meetings.js';
import type { MessageKey } from '../../../platform/i18n/index.js';
import { localClock, localDateTime } from '../../../platform/calendar/index.js';
import { notify } from '../../notifications/index.js';
import { invitationIcs } from './invitation.js';

/** "2026-11-26 09:00–10:30" in the unit's time zone. */
export function meetingTime(core: Core, m: Pick<Meeting, 'start_at' | 'end_at'>): string {
  const zone = core.config.timeZone;
  return `${localDateTime(zone, new Date(m.start_at))}–${localClock(zone, new Date(m.end_at))}`;
}

/** Where it is held: the room, or the online meeting's link. */
export const placeOf = (m: Pick<Meeting, 'location' | 'online_url'>) => m.location || m.online_url;

export const meetingLink = (meetingId: string) => `/meetings/${meetingId}`;

/** Who is still expected: invited and neither declined nor delegated their place. */
export async function expectedAttendees(w: Pick<Work, 'tx'>, meetingId: string): Promise<string[]> {
  const rows = await w.tx.selectFrom('meeting_attendees').select('user_id').where('meeting_id', '=', meetingId).where('reply', 'in', ['pending', 'accepted']).execute();
  return rows.map((r) => r.user_id);
}

type Calendar = 'REQUEST' | 'CANCEL' | null;

/**
 * Tells people of a meeting in-app and, with `calendar`, sends the meeting's iCalendar invitation
 * (REQUEST with the current SEQUENCE, or CANCEL) for the e-mail channel.
 */
export async function tell(core: Core, w: Work, meeting: Meeting, userIds: string[], kind: string, calendar: Calendar, extra: Record<string, string | number> = {}): Promise<void> {
  if (!userIds.length) return;
  const invitation = calendar ? { method: calendar, ics: await invitationIcs(core, w.tx, meeting, calendar) } : undefined;
  await notify(w, {
    userIds,
    category: 'meeting',
    kind: `meeting.${kind}`,
    titleKey: `meeting.notice.${kind}.title` as MessageKey,
    bodyKey: `meeting.notice.${kind}.body` as MessageKey,
    params: { topic: meeting.topic, time: meetingTime(core, meeting), place: placeOf(meeting), ...extra },
    link: meetingLink(meeting.id),
    ...(invitation ? { invitation } : {}),
  });
}
