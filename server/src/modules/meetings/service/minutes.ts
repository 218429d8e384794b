import type { Access } from '../../../platform/access/resolve.js';
import type { Core, Ctx } from '../../../platform/context.js';
import { command, type Work } from '../../../platform/command.js';
import type { Db } from '../../../platform/db/index.js';
import type { Meeting } from '../../../platform/db/schema-meetings.js';
import { conflict, forbidden, invalid } from '../../../platform/errors.js';
import { newId, nowIso, parseJson } from '../../../platform/util.js';
import { openSupervisionItems } from '../../supervision/index.js';
import { clerkedMeeting, visibleMeeting, type MeetingRole } from '../policy.js';
import type { MinutesInput, MinutesSections } from '../schema.js';
import { contactsOf } from './people.js';
import { expectedAttendees, meetingLink, meetingTime, placeOf, tell } from './notices.js';
import { minutesDueAt } from './reminders.js';

/** The template filled from the meeting: 时间、地点、主持人、出席、列席、记录人、议题; 议定事项 left to the recorder. */
async function template(core: Core, db: Db, m: Meeting): Promise<MinutesSections> {
  const attendees = await db.selectFrom('meeting_attendees').select(['user_id', 'role', 'reply', 'signed_in_at']).where('meeting_id', '=', m.id).execute();
  const present = attendees.filter((a) => a.signed_in_at || a.reply === 'accepted');
  const people = await contactsOf(db, [m.organizer_user_id, ...(m.recorder_user_id ? [m.recorder_user_id] : []), ...present.map((a) => a.user_id)]);
  const names = (role: 'attendee' | 'observer') => present.filter((a) => a.role === role).map((a) => people.get(a.user_id)?.name ?? '').join('、');
  return {
    time: meetingTime(core, m),
    place: placeOf(m),
    chair: people.get(m.organizer_user_id)?.name ?? '',
    present: names('attendee'),
    observers: names('observer'),
    recorder: m.recorder_user_id ? (people.get(m.recorder_user_id)?.name ?? '') : '',
    topics: parseJson<{ title: string }[]>(m.agenda, []).map((a, i) => `${i + 1}. ${a.title}`).join('\n'),
    resolutions: '',
  };
}

/** 纪要 and its 决议: the clerk sees the draft; attendees once it is circulated. */
export async function getMinutes(core: Core, access: Access, id: string) {
  const role = await visibleMeeting(core.db, access, id);
  const m = role.meeting;
  const clerk = role.manages || role.records;
  const row = await core.db.selectFrom('meeting_minutes').selectAll().where('meeting_id', '=', id).executeTakeFirst();
  if (!clerk && (!row || row.status === 'draft')) return { status: 'none' as const, dueAt: minutesDueAt(m), sections: null, decisions: [], replies: [], myReply: null, can: { edit: false, publish: false, reply: false } };
  const decisions = await core.db.selectFrom('meeting_decisions').selectAll().where('meeting_id', '=', id).orderBy('position').execute();
  const replies = await core.db.selectFrom('meeting_minutes_replies').selectAll().where('meeting_id', '=', id).orderBy('replied_at').execute();
  const people = await contactsOf(core.db, [...decisions.map((d) => d.owner_user_id), ...replies.map((r) => r.user_id)]);
  const departments = decisions.length ? await core.db.selectFrom('departments').select(['id', 'name']).where('id', 'in', decisions.map((d) => d.department_id)).execute() : [];
  const status = row?.status ?? 'draft';
  const mine = replies.find((r) => r.user_id === access.userId);
  return {
    status,
    dueAt: row?.due_at ?? minutesDueAt(m),
    sections: row ? parseJson<MinutesSections>(row.sections, await template(core, core.db, m)) : await template(core, core.db, m),
    decisions: decisions.map((d) => ({
      id: d.id,
      content: d.content,
      ownerUserId: d.owner_user_id,
      owner: people.get(d.owner_user_id)?.name ?? '',
      departmentId: d.department_id,
      department: departments.find((x) => x.id === d.department_id)?.name ?? '',
      deadline: d.deadline,
      supervisionItemId: d.supervision_item_id,
    })),
    replies: replies.map((r) => ({ userId: r.user_id, name: people.get(r.user_id)?.name ?? '', confirmed: !!r.confirmed, comment: r.comment, repliedAt: r.replied_at })),
    myReply: mine ? { confirmed: !!mine.confirmed, comment: mine.comment } : null,
    publishedAt: row?.published_at ?? null,
    can: {
      edit: clerk && m.status === 'approved' && status !== 'published',
      publish: clerk && m.status === 'approved' && !!row && status !== 'published',
      reply: role.attends && status !== 'draft',
    },
  };
}

async function writable(w: Work, access: Access, id: string): Promise<MeetingRole> {
  const role = await clerkedMeeting(w.tx, access, id);
  if (role.meeting.status !== 'approved') throw conflict('MEETING_NOT_APPROVED', 'meeting.notApproved');
  const row = await w.tx.selectFrom('meeting_minutes').select('status').where('meeting_id', '=', id).executeTakeFirst();
  if (row?.status === 'published') throw conflict('MEETING_MINUTES_PUBLISHED', 'meeting.minutesPublished');
  return role;
}

/** 保存纪要: the sections and the decisions (each with owner, department and deadline), replacing those saved before. */
export async function saveMinutes(core: Core, ctx: Ctx, access: Access, id: string, input: MinutesInput) {
  return command(core, ctx, async (w) => {
    const { meeting } = await writable(w, access, id);
    const owners = await contactsOf(w.tx, input.decisions.map((d) => d.ownerUserId));
    const departmentIds = [...new Set(input.decisions.map((d) => d.departmentId))];
    const departments = departmentIds.length ? await w.tx.selectFrom('departments').select('id').where('id', 'in', departmentIds).execute() : [];
    input.decisions.forEach((d, i) => {
      if (!owners.has(d.ownerUserId)) throw invalid('MEETING_PERSON_UNKNOWN', 'error.validation', {}, { [`decisions.${i}.ownerUserId`]: { key: 'meeting.personUnknown' } });
      if (!departments.some((x) => x.id === d.departmentId)) throw invalid('MEETING_DEPARTMENT_UNKNOWN', 'error.validation', {}, { [`decisions.${i}.departmentId`]: { key: 'meeting.departmentUnknown' } });
    });
    const now = nowIso();
    const values = { sections: JSON.stringify(input.sections), updated_by: access.userId, updated_at: now };
    await w.tx
      .insertInto('meeting_minutes')
      .values({ meeting_id: id, ...values, status: 'draft', due_at: minutesDueAt(meeting), published_by: null, published_at: null })
      .onConflict((oc) => oc.column('meeting_id').doUpdateSet(values))
      .execute();
    await w.tx.deleteFrom('meeting_decisions').where('meeting_id', '=', id).execute();
    if (input.decisions.length) {
      await w.tx
        .insertInto('meeting_decisions')
        .values(input.decisions.map((d, position) => ({ id: newId(), meeting_id: id, position, content: d.content, owner_user_id: d.ownerUserId, department_id: d.departmentId, deadline: d.deadline, supervision_item_id: null })))
        .execute();
    }
    w.audit({ action: 'meeting.minutes.save', targetType: 'meeting', targetId: id, summary: `保存会议纪要：${meeting.topic}（决议${input.decisions.length}项）` });
    return { ok: true };
  });
}

/** 送参会人员确认: attendees are asked to confirm or comment; the recorder may still change it. */
export async function circulateMinutes(core: Core, ctx: Ctx, access: Access, id: string) {
  return command(core, ctx, async (w) => {
    const { meeting } = await writable(w, access, id);
    const moved = await w.tx.updateTable('meeting_minutes').set({ status: 'circulated' }).where('meeting_id', '=', id).where('status', '=', 'draft').executeTakeFirst();
    if (!Number(moved.numUpdatedRows)) throw conflict('MEETING_MINUTES_NOT_DRAFT', 'meeting.minutesNotDraft');
    await tell(core, w, meeting, await expectedAttendees(w, id), 'minutesCirculated', null);
    w.audit({ action: 'meeting.minutes.circulate', targetType: 'meeting', targetId: id, summary: `会议纪要送参会人员确认：${meeting.topic}` });
  });
}

/** 印发: the minutes are final and each decision becomes a supervision item, linked back to the meeting, told to its owner. */
export async function publishMinutes(core: Core, ctx: Ctx, access: Access, id: string) {
  return command(core, ctx, async (w) => {
    const { meeting } = await writable(w, access, id);
    const now = nowIso();
    const published = await w.tx.updateTable('meeting_minutes').set({ status: 'published', published_by: access.userId, published_at: now }).where('meeting_id', '=', id).where('status', '<>', 'published').executeTakeFirst();
    if (!Number(published.numUpdatedRows)) throw conflict('MEETING_MINUTES_MISSING', 'meeting.minutesMissing');
    const decisions = await w.tx.selectFrom('meeting_decisions').selectAll().where('meeting_id', '=', id).orderBy('position').execute();
    const itemIds = await openSupervisionItems(
      w,
      decisions.map((d, i) => ({
        source: 'meeting' as const,
        sourceId: d.id,
        title: `${meeting.topic}：决议${i + 1}`.slice(0, 200),
        content: d.content,
        leadDepartmentId: d.department_id,
        ownerUserId: d.owner_user_id,
        deadline: d.deadline,
        sourceLink: meetingLink(id),
      })),
    );
    for (const [i, d] of decisions.entries()) await w.tx.updateTable('meeting_decisions').set({ supervision_item_id: itemIds[i] ?? null }).where('id', '=', d.id).execute();
    await tell(core, w, meeting, await expectedAttendees(w, id), 'minutesPublished', null);
    w.audit({ action: 'meeting.minutes.publish', targetType: 'meeting', targetId: id, summary: `印发会议纪要：${meeting.topic}（决议${decisions.length}项转督办）`, detail: { supervisionItemIds: itemIds } });
    return { supervisionItemIds: itemIds };
  });
}

/** 确认 or 意见 on circulated (or published) minutes, by an attendee. */
export async function replyToMinutes(core: Core, ctx: Ctx, access: Access, id: string, input: { confirmed: boolean; comment: string }) {
  return command(core, ctx, async (w) => {
    const role = await visibleMeeting(w.tx, access, id);
    if (!role.attends) throw forbidden();
    const row = await w.tx.selectFrom('meeting_minutes').select('status').where('meeting_id', '=', id).executeTakeFirst();
    if (!row || row.status === 'draft') throw conflict('MEETING_MINUTES_NOT_OUT', 'meeting.minutesNotOut');
    if (!input.confirmed && !input.comment) throw invalid('MEETING_COMMENT_REQUIRED', 'error.validation', {}, { comment: { key: 'validation.required' } });
    const values = { confirmed: input.confirmed ? 1 : 0, comment: input.comment, replied_at: nowIso() };
    await w.tx
      .insertInto('meeting_minutes_replies')
      .values({ meeting_id: id, user_id: access.userId, ...values })
      .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doUpdateSet(values))
      .execute();
    w.audit({ action: input.confirmed ? 'meeting.minutes.confirm' : 'meeting.minutes.comment', targetType: 'meeting', targetId: id, summary: `${input.confirmed ? '确认' : '对纪要提出意见'}：${role.meeting.topic}` });
    return { ok: true };
  });
}
