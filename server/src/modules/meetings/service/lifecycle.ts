import type { Access } from '../../../platform/access/resolve.js';
import type { Core, Ctx } from '../../../platform/context.js';
import { systemCtx } from '../../../platform/context.js';
import { command, type Work } from '../../../platform/command.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Meeting } from '../../../platform/db/schema-meetings.js';
import { conflict } from '../../../platform/errors.js';
import { t } from '../../../platform/i18n/index.js';
import { enqueue } from '../../../platform/jobs/queue.js';
import { nowIso, parseJson } from '../../../platform/util.js';
import { startFlowIn, type TaskActionEvent } from '../../workflow/index.js';
import { MEETING_FLOW_KEY } from '../flow.js';
import { managedMeeting } from '../policy.js';
import type { MeetingUpdate } from '../schema.js';
import { applyChange, freeRoom, holdRoom } from './application.js';
import { contactsOf, membersOf, requireCleared } from './people.js';
import { expectedAttendees, meetingTime, placeOf, tell } from './notices.js';
import { cancelReminders, planReminders } from './reminders.js';

export const ANNOUNCE_JOB = 'meeting.announce';

/** The meetings a submission covers: the one asked for, or every unsent meeting of its 周例会 series. */
async function unsent(w: Work, m: Meeting): Promise<Meeting[]> {
  if (!m.series_id) return [m];
  return w.tx.selectFrom('meetings').selectAll().where('series_id', '=', m.series_id).where('status', 'in', ['draft', 'rejected']).orderBy('start_at').execute();
}

/** What the approvers read on the flow's form. */
async function flowForm(core: Core, w: Work, meetings: Meeting[]) {
  const first = meetings[0]!;
  const attendees = await w.tx.selectFrom('meeting_attendees').select('user_id').where('meeting_id', '=', first.id).execute();
  const departments = await w.tx.selectFrom('meeting_departments').innerJoin('departments', 'departments.id', 'meeting_departments.department_id').select('departments.name').where('meeting_id', '=', first.id).execute();
  const names = await contactsOf(w.tx, attendees.map((a) => a.user_id));
  const time = meetings.map((m) => meetingTime(core, m)).join('；');
  return {
    topic: first.topic,
    time: time.length > 200 ? `${meetingTime(core, first)} 起每周一次，共 ${meetings.length} 次` : time,
    place: placeOf(first),
    // The shipped flows' forms are in Chinese, like their step names.
    classification: t('zh-CN', `meeting.level.${first.classification}`),
    attendees: [...[...names.values()].map((p) => p.name), ...departments.map((d) => `${d.name}（全体）`)].join('、').slice(0, 5000),
    agenda: parseJson<{ title: string }[]>(first.agenda, []).map((a, i) => `${i + 1}. ${a.title}`).join('\n').slice(0, 10_000),
  };
}

/** Whether the application's flow was withdrawn or terminated on the workflow's own pages (no hook runs then). */
export async function flowAbandoned(db: Db | Tx, m: Pick<Meeting, 'status' | 'flow_instance_id'>): Promise<boolean> {
  if (m.status !== 'pending' || !m.flow_instance_id) return false;
  const flow = await db.selectFrom('flow_instances').select('status').where('id', '=', m.flow_instance_id).executeTakeFirst();
  return flow?.status === 'withdrawn' || flow?.status === 'terminated';
}

/** An abandoned application goes back to draft, its rooms freed, so that it can be sent again. */
async function reopenAbandoned(w: Work, m: Meeting): Promise<Meeting> {
  if (!(await flowAbandoned(w.tx, m))) return m;
  const held = await w.tx.selectFrom('meetings').selectAll().where('flow_instance_id', '=', m.flow_instance_id).where('status', '=', 'pending').execute();
  for (const x of held) {
    await freeRoom(w, x);
    await w.tx.updateTable('meetings').set({ status: 'draft', room_booking_id: null, updated_at: nowIso() }).where('id', '=', x.id).execute();
  }
  return { ...m, status: 'draft', room_booking_id: null };
}

/** 提交: holds the room of each meeting (all of a series in this one transaction) and starts the approval flow. */
export async function submitMeeting(core: Core, ctx: Ctx, access: Access, id: string) {
  return command(core, ctx, async (w) => {
    const meeting = await reopenAbandoned(w, (await managedMeeting(w.tx, access, id)).meeting);
    if (meeting.status !== 'draft' && meeting.status !== 'rejected') throw conflict('MEETING_NOT_DRAFT', 'meeting.notDraft');
    const meetings = await unsent(w, meeting);
    const held: Meeting[] = [];
    for (const m of meetings) {
      const attendees = await w.tx.selectFrom('meeting_attendees').select('user_id').where('meeting_id', '=', m.id).execute();
      await requireCleared(w.tx, attendees.map((a) => a.user_id), m.classification);
      held.push({ ...m, ...(await holdRoom(w, m)) });
    }
    const flow = await startFlowIn(core, w, ctx, {
      definitionKey: MEETING_FLOW_KEY,
      title: `会议申请：${meeting.topic}`.slice(0, 200),
      form: await flowForm(core, w, held),
      businessType: MEETING_FLOW_KEY,
      businessId: meeting.id,
    });
    for (const m of held) {
      await w.tx.updateTable('meetings').set({ status: 'pending', flow_instance_id: flow.id, room_booking_id: m.room_booking_id, location: m.location, updated_at: nowIso() }).where('id', '=', m.id).execute();
    }
    w.audit({ action: 'meeting.submit', targetType: 'meeting', targetId: meeting.id, summary: `提交会议申请：${meeting.topic}`, detail: { flowInstanceId: flow.id, meetings: held.map((m) => m.id) } });
    // A flow edited down to no approval step ends at once.
    if (flow.status === 'approved') await approveMeetings(w, flow.id);
    return { flowInstanceId: flow.id, status: flow.status === 'approved' ? 'approved' : 'pending' };
  });
}

/**
 * The approval: the invited departments' people become attendees (as they are today), the reminders
 * are planned, and the notices with the calendar invitation go out through a durable job.
 */
async function approveMeetings(w: Work, flowInstanceId: string): Promise<void> {
  const meetings = await w.tx.selectFrom('meetings').selectAll().where('flow_instance_id', '=', flowInstanceId).where('status', '=', 'pending').execute();
  for (const m of meetings) {
    await w.tx.updateTable('meetings').set({ status: 'approved', updated_at: nowIso() }).where('id', '=', m.id).execute();
    await addDepartmentMembers(w, m);
    await planReminders(w.tx, m);
    await enqueue(w.tx, { kind: ANNOUNCE_JOB, payload: { meetingId: m.id, kind: 'invited' }, uniqueKey: `${ANNOUNCE_JOB}:${m.id}:invited:${m.sequence}` });
    w.audit({ action: 'meeting.approve', targetType: 'meeting', targetId: m.id, summary: `会议申请获批：${m.topic}` });
  }
}

/** The people of the invited departments, as attendees (those already invited by name keep their place). */
async function addDepartmentMembers(w: Work, m: Meeting): Promise<string[]> {
  const departments = await w.tx.selectFrom('meeting_departments').select('department_id').where('meeting_id', '=', m.id).execute();
  const members = await membersOf(w.tx, departments.map((d) => d.department_id));
  const existing = new Set((await w.tx.selectFrom('meeting_attendees').select('user_id').where('meeting_id', '=', m.id).execute()).map((a) => a.user_id));
  const added = [...members].filter(([userId]) => !existing.has(userId));
  if (!added.length) return [];
  await requireCleared(w.tx, added.map(([userId]) => userId), m.classification, 'departmentIds');
  const now = nowIso();
  await w.tx
    .insertInto('meeting_attendees')
    .values(added.map(([user_id, department]) => ({ meeting_id: m.id, user_id, role: 'attendee' as const, via_department_id: department, delegated_from_user_id: null, reply: 'pending' as const, delegated_to_user_id: null, reply_comment: '', replied_at: null, signed_in_at: null, signed_in_by: null, added_at: now })))
    .execute();
  return added.map(([userId]) => userId);
}

/** The flow's end, in the deciding action's transaction: approved sends the meeting out, rejected frees its room. */
export async function onMeetingTask(e: TaskActionEvent): Promise<void> {
  if (e.instance.status === 'approved') return approveMeetings(e.w, e.instance.id);
  if (e.instance.status !== 'rejected') return;
  const { w } = e;
  const meetings = await w.tx.selectFrom('meetings').selectAll().where('flow_instance_id', '=', e.instance.id).where('status', '=', 'pending').execute();
  for (const m of meetings) {
    await freeRoom(w, m);
    await w.tx.updateTable('meetings').set({ status: 'rejected', room_booking_id: null, updated_at: nowIso() }).where('id', '=', m.id).execute();
    w.audit({ action: 'meeting.reject', targetType: 'meeting', targetId: m.id, summary: `会议申请未获批准：${m.topic}`, detail: { opinion: e.opinion } });
  }
  if (meetings[0]) await enqueue(w.tx, { kind: ANNOUNCE_JOB, payload: { meetingId: meetings[0].id, kind: 'rejected', opinion: e.opinion }, uniqueKey: `${ANNOUNCE_JOB}:${e.instance.id}:rejected` });
}

/** The notices of a decision, sent after it committed: the invitation to every attendee, or the refusal to the applicant. */
export async function announce(core: Core, payload: Record<string, unknown>): Promise<void> {
  await command(core, systemCtx(ANNOUNCE_JOB), async (w) => {
    const m = await w.tx.selectFrom('meetings').selectAll().where('id', '=', String(payload.meetingId)).executeTakeFirst();
    if (!m) return;
    if (payload.kind === 'rejected') return tell(core, w, m, [m.applicant_user_id], 'rejected', null, { opinion: String(payload.opinion ?? '') });
    if (m.status !== 'approved') return;
    await tell(core, w, m, await expectedAttendees(w, m.id), 'invited', 'REQUEST');
    await tell(core, w, m, [m.applicant_user_id], 'approved', null);
  });
}

/** 修改: a draft or a pending application changes quietly; an approved meeting's attendees get the update (SEQUENCE + 1), the removed a cancellation. */
export async function updateMeeting(core: Core, ctx: Ctx, access: Access, id: string, input: MeetingUpdate) {
  return command(core, ctx, async (w) => {
    const { meeting } = await managedMeeting(w.tx, access, id);
    if (meeting.status !== 'approved') {
      await applyChange(w, access, meeting, input);
      w.audit({ action: 'meeting.update', targetType: 'meeting', targetId: id, summary: `修改会议：${input.topic}` });
      return { sequence: meeting.sequence };
    }
    const { after, removed } = await applyChange(w, access, meeting, input);
    const sent = { ...after, sequence: meeting.sequence + 1 };
    await w.tx.updateTable('meetings').set({ sequence: sent.sequence }).where('id', '=', id).execute();
    await cancelReminders(w.tx, meeting);
    await planReminders(w.tx, sent);
    await addDepartmentMembers(w, sent);
    if (removed.length) await tell(core, w, sent, removed, 'removed', 'CANCEL');
    await tell(core, w, sent, await expectedAttendees(w, id), 'updated', 'REQUEST');
    w.audit({ action: 'meeting.update', targetType: 'meeting', targetId: id, summary: `变更会议并通知参会人员：${input.topic}`, detail: { sequence: sent.sequence, removed } });
    return { sequence: sent.sequence };
  });
}

/** 取消: frees the room and the reminders; attendees of an approved meeting get the cancellation (METHOD:CANCEL). */
export async function cancelMeeting(core: Core, ctx: Ctx, access: Access, id: string, reason: string) {
  return command(core, ctx, async (w) => {
    const { meeting } = await managedMeeting(w.tx, access, id);
    if (meeting.status === 'cancelled') throw conflict('MEETING_CANCELLED', 'meeting.cancelled');
    if (Date.parse(meeting.end_at) <= Date.now()) throw conflict('MEETING_OVER', 'meeting.over');
    await freeRoom(w, meeting);
    await cancelReminders(w.tx, meeting);
    const cancelled: Meeting = { ...meeting, status: 'cancelled', sequence: meeting.sequence + 1, room_booking_id: null, updated_at: nowIso() };
    await w.tx.updateTable('meetings').set({ status: 'cancelled', sequence: cancelled.sequence, room_booking_id: null, updated_at: cancelled.updated_at }).where('id', '=', id).execute();
    if (meeting.status === 'approved') await tell(core, w, cancelled, await expectedAttendees(w, id), 'cancelled', 'CANCEL', { reason });
    w.audit({ action: 'meeting.cancel', targetType: 'meeting', targetId: id, summary: `取消会议：${meeting.topic}`, detail: { reason, was: meeting.status } });
  });
}
