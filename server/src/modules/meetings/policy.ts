import type { Access } from '../../platform/access/resolve.js';
import { can } from '../../platform/access/resolve.js';
import type { Auth } from '../../platform/auth/hook.js';
import type { Db, Tx } from '../../platform/db/index.js';
import type { Meeting, MeetingStatus } from '../../platform/db/schema-meetings.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { clearedFor, readerOf, SECOND_FACTOR_FRESH_MS } from '../../platform/access/clearance.js';

const SENT: MeetingStatus[] = ['approved', 'cancelled'];

/** What the caller is to a meeting; "not found" when they are none of it, so its existence is not revealed. */
export interface MeetingRole {
  meeting: Meeting;
  /** Organiser, applicant or 会务管理员: edits, cancels, signs people in by hand, sees the QR code. */
  manages: boolean;
  /** Invited (出席 or 列席), whatever they replied. */
  attends: boolean;
  records: boolean;
  /** Has a task on the approval flow. */
  approves: boolean;
}

export async function loadMeeting(db: Db | Tx, id: string): Promise<Meeting> {
  const meeting = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!meeting) throw notFound();
  return meeting;
}

export async function roleIn(db: Db | Tx, access: Access, meeting: Meeting): Promise<MeetingRole> {
  const me = access.userId;
  const attendee = await db.selectFrom('meeting_attendees').select('user_id').where('meeting_id', '=', meeting.id).where('user_id', '=', me).executeTakeFirst();
  const task = meeting.flow_instance_id
    ? await db
        .selectFrom('flow_tasks')
        .select('id')
        .where('instance_id', '=', meeting.flow_instance_id)
        .where((eb) => eb.or([eb('assignee_user_id', '=', me), eb('on_behalf_of_user_id', '=', me)]))
        .executeTakeFirst()
    : undefined;
  // The 会务管理员 manages the unit's meetings up to their own clearance.
  const administers = can(access, 'meeting.manage') && clearedFor((await readerOf(db, access)).clearance, meeting.classification);
  return {
    meeting,
    manages: meeting.organizer_user_id === me || meeting.applicant_user_id === me || administers,
    // Attendees are told of a meeting once it is approved; until then it is the applicant's and the approvers'.
    attends: !!attendee && SENT.includes(meeting.status),
    records: meeting.recorder_user_id === me && SENT.includes(meeting.status),
    approves: !!task,
  };
}

/** The meeting as this caller may see it, with what they are to it. */
export async function visibleMeeting(db: Db | Tx, access: Access, id: string): Promise<MeetingRole> {
  const role = await roleIn(db, access, await loadMeeting(db, id));
  if (!role.manages && !role.attends && !role.records && !role.approves) throw notFound();
  return role;
}

export async function managedMeeting(db: Db | Tx, access: Access, id: string): Promise<MeetingRole> {
  const role = await visibleMeeting(db, access, id);
  if (!role.manages) throw forbidden();
  return role;
}

/** The clerk's work (signing in by hand, the minutes) is the recorder's as well as the organisers'. */
export async function clerkedMeeting(db: Db | Tx, access: Access, id: string): Promise<MeetingRole> {
  const role = await visibleMeeting(db, access, id);
  if (!role.manages && !role.records) throw forbidden();
  return role;
}

/**
 * Materials are for those in the meeting who are cleared for its 密级; those of a 秘密 meeting are
 * shown only after a second factor given in the last ten minutes of this session.
 */
export async function requireMaterialsOpen(db: Db | Tx, auth: Auth, role: MeetingRole): Promise<void> {
  const reader = await readerOf(db, auth.access);
  if (!clearedFor(reader.clearance, role.meeting.classification)) throw notFound();
  if (role.meeting.classification !== 'secret') return;
  const given = auth.session.second_factor_at ? Date.parse(auth.session.second_factor_at) : 0;
  if (Date.now() - given > SECOND_FACTOR_FRESH_MS) throw new AppError('SECOND_FACTOR_REQUIRED', 403, 'meeting.secondFactorRequired');
}
