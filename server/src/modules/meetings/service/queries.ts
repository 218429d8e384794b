import type { Access } from '../../../platform/access/resolve.js';
import { can } from '../../../platform/access/resolve.js';
import type { Db } from '../../../platform/db/index.js';
import type { Meeting } from '../../../platform/db/schema-meetings.js';
import { forbidden } from '../../../platform/errors.js';
import { nowIso, parseJson } from '../../../platform/util.js';
import { roomOfBooking } from '../../rooms/index.js';
import { visibleMeeting } from '../policy.js';
import { CLASSIFICATIONS, type ListQuery } from '../schema.js';
import { clearedFor, readerOf } from '../../../platform/access/clearance.js';
import { contactsOf } from './people.js';
import { placeOf } from './notices.js';
import { flowAbandoned } from './lifecycle.js';

const summary = (m: Meeting) => ({
  id: m.id,
  seriesId: m.series_id,
  topic: m.topic,
  startAt: m.start_at,
  endAt: m.end_at,
  place: placeOf(m),
  onlineUrl: m.online_url,
  classification: m.classification,
  status: m.status,
});

/** 我的会议 (those I attend, organise, record or applied for), or the 会务管理员's list of the unit's meetings. */
export async function listMeetings(db: Db, access: Access, q: ListQuery) {
  if (q.scope === 'all' && !can(access, 'meeting.manage')) throw forbidden();
  const me = access.userId;
  const now = nowIso();
  let query = db.selectFrom('meetings').leftJoin('meeting_attendees', (j) => j.onRef('meeting_attendees.meeting_id', '=', 'meetings.id').on('meeting_attendees.user_id', '=', me));
  if (q.scope === 'mine') {
    query = query.where((eb) =>
      eb.or([
        eb('meetings.organizer_user_id', '=', me),
        eb('meetings.applicant_user_id', '=', me),
        eb.and([eb('meetings.status', 'in', ['approved', 'cancelled']), eb.or([eb('meeting_attendees.user_id', 'is not', null), eb('meetings.recorder_user_id', '=', me)])]),
      ]),
    );
  } else {
    const { clearance } = await readerOf(db, access);
    query = query.where('meetings.status', '<>', 'draft').where('meetings.classification', 'in', CLASSIFICATIONS.filter((level) => clearedFor(clearance, level)));
  }
  if (q.when === 'upcoming') query = query.where('meetings.end_at', '>', now);
  if (q.when === 'past') query = query.where('meetings.end_at', '<=', now);
  if (q.status) query = query.where('meetings.status', '=', q.status);
  if (q.startBefore) query = query.where('meetings.start_at', '<', q.startBefore);
  const [rows, total] = await Promise.all([
    query
      .selectAll('meetings')
      .select(['meeting_attendees.reply as myReply', 'meeting_attendees.signed_in_at as mySignedInAt'])
      .orderBy('meetings.start_at', q.when === 'past' ? 'desc' : 'asc')
      .orderBy('meetings.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const organizers = await contactsOf(db, [...new Set(rows.map((r) => r.organizer_user_id))]);
  return {
    items: rows.map((r) => ({ ...summary(r), organizer: organizers.get(r.organizer_user_id)?.name ?? '', myReply: r.myReply ?? null, signedIn: !!r.mySignedInAt })),
    total: Number(total.n),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The meeting page: details, attendees and their replies and sign-in, and what the caller may do. */
export async function getMeeting(db: Db, access: Access, id: string) {
  const role = await visibleMeeting(db, access, id);
  const m = role.meeting;
  const attendees = await db.selectFrom('meeting_attendees').selectAll().where('meeting_id', '=', id).orderBy('added_at').orderBy('user_id').execute();
  const departments = await db
    .selectFrom('meeting_departments')
    .innerJoin('departments', 'departments.id', 'meeting_departments.department_id')
    .select(['departments.id', 'departments.name'])
    .where('meeting_id', '=', id)
    .execute();
  const people = await contactsOf(db, [m.organizer_user_id, m.applicant_user_id, ...(m.recorder_user_id ? [m.recorder_user_id] : []), ...attendees.flatMap((a) => [a.user_id, ...(a.delegated_to_user_id ? [a.delegated_to_user_id] : [])])]);
  const name = (userId: string | null) => (userId ? (people.get(userId)?.name ?? '') : '');
  const series = m.series_id
    ? await db.selectFrom('meetings').select(['id', 'start_at as startAt', 'status']).where('series_id', '=', m.series_id).orderBy('start_at').execute()
    : [];
  const mine = attendees.find((a) => a.user_id === access.userId);
  const live = m.status === 'approved' && Date.parse(m.end_at) > Date.now();
  return {
    ...summary(m),
    description: m.description,
    roomId: m.room_id,
    room: m.room_booking_id ? await roomOfBooking(db, m.room_booking_id) : null,
    agenda: parseJson<{ title: string; presenter: string; minutes: number }[]>(m.agenda, []),
    reminderMinutes: parseJson<number[]>(m.reminder_offsets, []),
    materialsDueAt: m.materials_due_at,
    organizer: { userId: m.organizer_user_id, name: name(m.organizer_user_id) },
    applicant: { userId: m.applicant_user_id, name: name(m.applicant_user_id) },
    recorder: m.recorder_user_id ? { userId: m.recorder_user_id, name: name(m.recorder_user_id) } : null,
    departments,
    flowInstanceId: m.flow_instance_id,
    sequence: m.sequence,
    series,
    attendees: attendees.map((a) => ({
      userId: a.user_id,
      name: name(a.user_id),
      role: a.role,
      viaDepartmentId: a.via_department_id,
      delegatedFrom: a.delegated_from_user_id ? name(a.delegated_from_user_id) : null,
      reply: a.reply,
      delegatedTo: a.delegated_to_user_id ? name(a.delegated_to_user_id) : null,
      comment: a.reply_comment,
      repliedAt: a.replied_at,
      signedInAt: a.signed_in_at,
      signedInBy: a.signed_in_by === 'qr' ? 'qr' : a.signed_in_by ? 'manual' : null,
    })),
    myReply: mine?.reply ?? null,
    can: {
      manage: role.manages,
      edit: role.manages && m.status !== 'cancelled' && Date.parse(m.end_at) > Date.now(),
      submit: role.manages && (m.status === 'draft' || m.status === 'rejected' || (await flowAbandoned(db, m))),
      reply: !!mine && mine.reply !== 'delegated' && live,
      upload: (role.manages || role.attends) && m.status !== 'cancelled',
      signInQr: role.manages && m.status === 'approved',
      signInByHand: (role.manages || role.records) && m.status === 'approved',
      writeMinutes: (role.manages || role.records) && m.status === 'approved',
    },
  };
}
