import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Core } from '../../../platform/context.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { AttendeeReply, Meeting } from '../../../platform/db/schema-meetings.js';
import { parseJson } from '../../../platform/util.js';
import { contactsOf } from './people.js';

const PARTSTAT: Record<AttendeeReply, ICalAttendeeStatus> = {
  pending: ICalAttendeeStatus.NEEDSACTION,
  accepted: ICalAttendeeStatus.ACCEPTED,
  declined: ICalAttendeeStatus.DECLINED,
  delegated: ICalAttendeeStatus.DELEGATED,
};

/** The UID of a meeting's calendar entry: the same in every invitation, update and cancellation. */
export const meetingUid = (meetingId: string) => `meeting-${meetingId}@tongban`;

/**
 * The meeting as an iCalendar invitation (METHOD REQUEST, or CANCEL when it is called off): the
 * organiser, every attendee with RSVP and their reply, and the meeting's SEQUENCE, so Outlook and
 * Thunderbird offer accept/decline and apply updates to the entry they already hold.
 */
export async function invitationIcs(core: Core, db: Db | Tx, meeting: Meeting, method: 'REQUEST' | 'CANCEL'): Promise<string> {
  const attendees = await db.selectFrom('meeting_attendees').selectAll().where('meeting_id', '=', meeting.id).execute();
  const people = await contactsOf(db, [meeting.organizer_user_id, ...attendees.map((a) => a.user_id)]);
  const organizer = people.get(meeting.organizer_user_id)!;
  const mail = (userId: string) => people.get(userId)?.email ?? '';
  const agenda = parseJson<{ title: string }[]>(meeting.agenda, []).map((a, i) => `${i + 1}. ${a.title}`);
  const link = `${core.config.publicUrl}/meetings/${meeting.id}`;
  const calendar = ical({ prodId: { company: 'Tongban', product: 'meetings', language: 'ZH' }, method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST });
  calendar.createEvent({
    id: meetingUid(meeting.id),
    sequence: meeting.sequence,
    start: new Date(meeting.start_at),
    end: new Date(meeting.end_at),
    summary: meeting.topic,
    description: [meeting.description, ...agenda, meeting.online_url, link].filter(Boolean).join('\n'),
    location: meeting.location || meeting.online_url,
    url: link,
    status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: organizer.name, email: organizer.email },
    attendees: attendees.map((a) => ({
      name: people.get(a.user_id)?.name ?? '',
      email: mail(a.user_id),
      rsvp: true,
      role: a.role === 'observer' ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      status: PARTSTAT[a.reply],
      ...(a.delegated_to_user_id ? { delegatedTo: mail(a.delegated_to_user_id) } : {}),
      ...(a.delegated_from_user_id ? { delegatedFrom: mail(a.delegated_from_user_id) } : {}),
    })),
  });
  return calendar.toString();
}
