import type { Core, Ctx } from '../../../platform/context.js';
import { command, type Work } from '../../../platform/command.js';
import type { Access } from '../../../platform/access/resolve.js';
import type { ReportSchedule, SupervisionKind, SupervisionSource } from '../../../platform/db/schema-supervision.js';
import { invalid } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import { nextReportDue, today } from '../clock.js';
import { requireSupervisor } from '../policy.js';
import type { CreateInput } from '../schema.js';
import { addEvent, tell } from './timeline.js';

export interface NewItem {
  kind: SupervisionKind;
  parentId: string | null;
  source: SupervisionSource;
  sourceId: string;
  sourceLink: string;
  title: string;
  content: string;
  leadDepartmentId: string;
  coDepartmentIds: string[];
  ownerUserId: string;
  deadline: string;
  milestones: { title: string; dueOn: string }[];
  reportSchedule: ReportSchedule;
  reportInterval: number;
}

const SOURCE_LABEL: Record<SupervisionSource, string> = { instruction: '领导批示', meeting: '会议决议', incoming: '收文督办', manual: '督查立项' };

/** Checks the people and departments named, then inserts the item with its parts, timeline entry, audit record and notice. */
export async function insertItem(w: Work, item: NewItem, actorUserId: string | null): Promise<string> {
  const owner = await w.tx.selectFrom('users').select('id').where('id', '=', item.ownerUserId).where('status', '=', 'active').executeTakeFirst();
  if (!owner) throw invalid('SUPERVISION_OWNER_UNKNOWN', 'supervision.ownerUnknown', {}, { ownerUserId: { key: 'supervision.ownerUnknown' } });
  const departments = [...new Set([item.leadDepartmentId, ...item.coDepartmentIds])];
  const found = await w.tx.selectFrom('departments').select('id').where('id', 'in', departments).execute();
  if (found.length !== departments.length) throw invalid('SUPERVISION_DEPARTMENT_UNKNOWN', 'supervision.departmentUnknown', {}, { leadDepartmentId: { key: 'supervision.departmentUnknown' } });
  if (item.parentId) {
    const parent = await w.tx.selectFrom('supervision_items').select('id').where('id', '=', item.parentId).executeTakeFirst();
    if (!parent) throw invalid('SUPERVISION_PARENT_UNKNOWN', 'supervision.parentUnknown', {}, { parentId: { key: 'supervision.parentUnknown' } });
  }
  const id = newId();
  const now = nowIso();
  await w.tx
    .insertInto('supervision_items')
    .values({
      id,
      kind: item.kind,
      parent_id: item.parentId,
      source: item.source,
      source_id: item.sourceId,
      source_link: item.sourceLink,
      title: item.title,
      content: item.content,
      lead_department_id: item.leadDepartmentId,
      owner_user_id: item.ownerUserId,
      deadline: item.deadline,
      original_deadline: item.deadline,
      status: 'open',
      progress: 0,
      report_schedule: item.reportSchedule,
      report_interval: item.reportInterval,
      next_report_due: await nextReportDue(w.tx, item.reportSchedule, item.reportInterval),
      report_requested_for: null,
      missed_reports: 0,
      last_urged_at: null,
      escalated_at: null,
      deadline_reminded_for: null,
      result: '',
      conclusion_requested_at: null,
      concluded_on: null,
      concluded_at: null,
      concluded_by: null,
      created_by: actorUserId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const co = item.coDepartmentIds.filter((d) => d !== item.leadDepartmentId);
  if (co.length) await w.tx.insertInto('supervision_co_departments').values([...new Set(co)].map((department_id) => ({ item_id: id, department_id }))).execute();
  if (item.milestones.length) {
    await w.tx
      .insertInto('supervision_milestones')
      .values(item.milestones.map((m, position) => ({ id: newId(), item_id: id, position, title: m.title, due_on: m.dueOn, done_at: null })))
      .execute();
  }
  await addEvent(w.tx, id, 'created', actorUserId, SOURCE_LABEL[item.source]);
  w.audit({
    action: 'supervision.item.create',
    targetType: 'supervisionItem',
    targetId: id,
    summary: `督办立项（${SOURCE_LABEL[item.source]}）：${item.title}，期限 ${item.deadline}`,
    detail: { kind: item.kind, source: item.source, sourceId: item.sourceId, ownerUserId: item.ownerUserId, leadDepartmentId: item.leadDepartmentId, deadline: item.deadline },
  });
  await tell(w, { id, title: item.title, deadline: item.deadline }, [item.ownerUserId], 'assigned', 'supervision.notice.assigned', 'supervision.notice.assignedBody');
  return id;
}

/** 督查员 enters an item, a leader's instruction or a 整改 by hand. */
export async function createItem(core: Core, ctx: Ctx, access: Access, input: CreateInput): Promise<{ id: string }> {
  requireSupervisor(access);
  if (input.deadline < today()) throw invalid('SUPERVISION_DEADLINE_PAST', 'supervision.deadlinePast', {}, { deadline: { key: 'supervision.deadlinePast' } });
  return command(core, ctx, async (w) => {
    const id = await insertItem(
      w,
      {
        kind: input.kind,
        parentId: input.parentId ?? null,
        source: input.source,
        sourceId: '',
        sourceLink: '',
        title: input.title,
        content: input.content,
        leadDepartmentId: input.leadDepartmentId,
        coDepartmentIds: input.coDepartmentIds,
        ownerUserId: input.ownerUserId,
        deadline: input.deadline,
        milestones: input.milestones,
        reportSchedule: input.reportSchedule,
        reportInterval: input.reportInterval,
      },
      access.userId,
    );
    return { id };
  });
}
