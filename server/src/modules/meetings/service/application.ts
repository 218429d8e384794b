import type { Access } from '../../../platform/access/resolve.js';
import type { Core, Ctx } from '../../../platform/context.js';
import { command, type Work } from '../../../platform/command.js';
import type { Tx } from '../../../platform/db/index.js';
import type { Meeting } from '../../../platform/db/schema-meetings.js';
import { fromLocal, toLocal } from '../../../platform/calendar/zone.js';
import { directory } from '../../../platform/directory.js';
import { conflict, invalid } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import { releaseRoom, reserveRoom, roomOfBooking } from '../../rooms/index.js';
import type { MeetingInput, MeetingUpdate } from '../schema.js';
import { requireCleared, invitees } from './people.js';

const WEEK_DAYS = 7;
const HOUR_MS = 3_600_000;

/** The same wall-clock time `weeks` weeks later in the unit's zone. */
function weeksLater(iso: string, weeks: number, timeZone: string): string {
  const local = toLocal(Date.parse(iso), timeZone);
  return new Date(fromLocal({ day: local.day + weeks * WEEK_DAYS, ms: local.ms }, timeZone)).toISOString();
}

/** Refuses what the form cannot know is wrong: people below the 密级, unknown departments, an applicant above their own clearance. */
async function checkPeople(tx: Tx, access: Access, input: MeetingUpdate, organizer: string): Promise<void> {
  await requireCleared(tx, [access.userId], input.classification, 'classification');
  await requireCleared(tx, [organizer, ...(input.recorderUserId ? [input.recorderUserId] : [])], input.classification, 'recorderUserId');
  if (input.departmentIds.length) {
    const found = await tx.selectFrom('departments').select('id').where('id', 'in', input.departmentIds).where('enabled', '=', 1).execute();
    if (found.length !== new Set(input.departmentIds).size) throw invalid('MEETING_DEPARTMENT_UNKNOWN', 'error.validation', {}, { departmentIds: { key: 'meeting.departmentUnknown' } });
  }
  await requireCleared(tx, await invitees(tx, input), input.classification);
}

const row = (input: MeetingUpdate) => ({
  topic: input.topic,
  description: input.description,
  room_id: input.roomId,
  online_url: input.onlineUrl,
  classification: input.classification,
  recorder_user_id: input.recorderUserId,
  agenda: JSON.stringify(input.agenda),
  reminder_offsets: JSON.stringify([...new Set(input.reminderMinutes)].sort((a, b) => b - a)),
});

/** The named attendees (出席 and 列席) of a meeting, replacing those named before; people who came through a department or a delegation stay. */
async function nameAttendees(tx: Tx, meetingId: string, input: Pick<MeetingUpdate, 'attendeeUserIds' | 'observerUserIds' | 'departmentIds'>): Promise<string[]> {
  const named = new Map<string, 'attendee' | 'observer'>([...input.observerUserIds.map((id) => [id, 'observer'] as const), ...input.attendeeUserIds.map((id) => [id, 'attendee'] as const)]);
  const before = await tx.selectFrom('meeting_attendees').select(['user_id', 'via_department_id', 'delegated_from_user_id']).where('meeting_id', '=', meetingId).execute();
  const removed = before.filter((a) => !a.via_department_id && !a.delegated_from_user_id && !named.has(a.user_id)).map((a) => a.user_id);
  if (removed.length) await tx.deleteFrom('meeting_attendees').where('meeting_id', '=', meetingId).where('user_id', 'in', removed).execute();
  for (const [userId, role] of named) {
    await tx
      .insertInto('meeting_attendees')
      .values({ meeting_id: meetingId, user_id: userId, role, via_department_id: null, delegated_from_user_id: null, reply: 'pending', delegated_to_user_id: null, reply_comment: '', replied_at: null, signed_in_at: null, signed_in_by: null, added_at: nowIso() })
      .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doUpdateSet({ role, via_department_id: null }))
      .execute();
  }
  await tx.deleteFrom('meeting_departments').where('meeting_id', '=', meetingId).execute();
  if (input.departmentIds.length) await tx.insertInto('meeting_departments').values([...new Set(input.departmentIds)].map((department_id) => ({ meeting_id: meetingId, department_id }))).execute();
  return removed;
}

/** 会议申请 (a draft): one meeting, or a 周例会 of `weeks` meetings created together as a series. */
export async function createMeetings(core: Core, ctx: Ctx, access: Access, input: MeetingInput): Promise<{ ids: string[]; seriesId: string | null }> {
  return command(core, ctx, async (w) => {
    const organizer = input.organizerUserId ?? access.userId;
    await checkPeople(w.tx, access, input, organizer);
    const me = await directory().user(w.tx, access.userId);
    const ids = Array.from({ length: input.weeks }, () => newId());
    const seriesId = input.weeks > 1 ? ids[0]! : null;
    const now = nowIso();
    for (const [week, id] of ids.entries()) {
      const startAt = weeksLater(input.startAt, week, core.config.timeZone);
      const endAt = weeksLater(input.endAt, week, core.config.timeZone);
      await w.tx
        .insertInto('meetings')
        .values({
          id,
          series_id: seriesId,
          ...row(input),
          start_at: startAt,
          end_at: endAt,
          room_booking_id: null,
          location: '',
          organizer_user_id: organizer,
          applicant_user_id: access.userId,
          department_id: me?.departmentId ?? null,
          status: 'draft',
          flow_instance_id: null,
          sequence: 0,
          materials_due_at: new Date(Date.parse(startAt) - input.materialsHoursBefore * HOUR_MS).toISOString(),
          created_at: now,
          updated_at: now,
        })
        .execute();
      await nameAttendees(w.tx, id, input);
    }
    w.audit({ action: 'meeting.create', targetType: 'meeting', targetId: ids[0]!, summary: `会议申请（草稿）：${input.topic}${input.weeks > 1 ? `（每周一次，共${input.weeks}次）` : ''}`, detail: { ids, classification: input.classification } });
    return { ids, seriesId };
  });
}

/** Holds the meeting's room for its time (pending and approved meetings hold one); the place shown is the room's name. */
export async function holdRoom(w: Work, m: Meeting): Promise<Partial<Meeting>> {
  if (!m.room_id) return { room_booking_id: null, location: '' };
  const { bookingId } = await reserveRoom(w, { roomId: m.room_id, startAt: m.start_at, endAt: m.end_at, title: m.topic, bookedBy: m.applicant_user_id, meetingId: m.id });
  const room = await roomOfBooking(w.tx, bookingId);
  return { room_booking_id: bookingId, location: room?.location ? `${room.roomName}（${room.location}）` : (room?.roomName ?? '') };
}

export async function freeRoom(w: Work, m: Pick<Meeting, 'room_booking_id'>): Promise<void> {
  if (m.room_booking_id) await releaseRoom(w, m.room_booking_id);
}

/**
 * Changes a meeting. While it holds a room (pending, approved) a new time or room is booked first and the
 * old booking released; the caller decides what an approved meeting's attendees are told.
 */
export async function applyChange(w: Work, access: Access, before: Meeting, input: MeetingUpdate): Promise<{ after: Meeting; removed: string[] }> {
  if (before.status === 'cancelled') throw conflict('MEETING_CANCELLED', 'meeting.cancelled');
  if (Date.parse(before.end_at) <= Date.now()) throw conflict('MEETING_OVER', 'meeting.over');
  await checkPeople(w.tx, access, input, input.organizerUserId ?? before.organizer_user_id);
  const moved = before.start_at !== input.startAt || before.end_at !== input.endAt || before.room_id !== input.roomId;
  let after: Meeting = {
    ...before,
    ...row(input),
    start_at: input.startAt,
    end_at: input.endAt,
    organizer_user_id: input.organizerUserId ?? before.organizer_user_id,
    materials_due_at: new Date(Date.parse(input.startAt) - (Date.parse(before.start_at) - Date.parse(before.materials_due_at))).toISOString(),
    updated_at: nowIso(),
  };
  if (moved && (before.status === 'pending' || before.status === 'approved')) {
    await freeRoom(w, before);
    after = { ...after, ...(await holdRoom(w, after)) };
  } else if (!input.roomId) {
    after = { ...after, room_booking_id: null, location: '' };
  }
  const { id, ...changes } = after;
  await w.tx.updateTable('meetings').set(changes).where('id', '=', id).execute();
  const removed = await nameAttendees(w.tx, before.id, input);
  return { after, removed };
}
