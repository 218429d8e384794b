import type { Core } from '../../../platform/context.js';
import type { Access } from '../../../platform/access/resolve.js';
import type { SupervisionStatus } from '../../../platform/db/schema-supervision.js';
import { containsText } from '../../../platform/db/contains.js';
import { directory } from '../../../platform/directory.js';
import { parseJson } from '../../../platform/util.js';
import { today } from '../clock.js';
import { headedDepartments, rolesOn, seesAll, visibleTo } from '../policy.js';
import type { ListQuery } from '../schema.js';
import { isLive, loadItem, type Item } from './timeline.js';

/** 逾期 as people see it: marked by the sweep, or past the deadline since its last run. */
export const statusOf = (item: Pick<Item, 'status' | 'deadline'>, day = today()): SupervisionStatus =>
  item.status === 'open' && item.deadline < day ? 'overdue' : item.status;

async function departmentNames(core: Core, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await core.db.selectFrom('departments').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** 我的督办 (scope mine: owned, or led by the department one heads) or 督办事项 (all one may see), with filters. */
export async function listItems(core: Core, access: Access, f: ListQuery) {
  const day = today();
  const headed = await headedDepartments(core.db, access);
  let q = core.db.selectFrom('supervision_items');
  if (f.scope === 'mine') q = q.where((eb) => eb.or([eb('owner_user_id', '=', access.userId), ...(headed.length ? [eb('lead_department_id', 'in', headed)] : [])]));
  else if (!seesAll(access)) q = q.where(visibleTo(access, headed));
  if (f.status === 'overdue') q = q.where((eb) => eb.or([eb('status', '=', 'overdue'), eb.and([eb('status', '=', 'open'), eb('deadline', '<', day)])]));
  else if (f.status === 'open') q = q.where('status', '=', 'open').where('deadline', '>=', day);
  else if (f.status) q = q.where('status', '=', f.status);
  else if (f.scope === 'mine') q = q.where('status', 'in', ['open', 'overdue']);
  if (f.departmentId) q = q.where('lead_department_id', '=', f.departmentId);
  if (f.source) q = q.where('source', '=', f.source);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.q) q = q.where(containsText('supervision_items.title', f.q));
  const [rows, total] = await Promise.all([
    q
      .selectAll()
      .orderBy((eb) => eb.case().when('status', 'in', ['open', 'overdue']).then(0).else(1).end())
      .orderBy('deadline')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const [people, departments] = await Promise.all([directory().names(core.db, rows.map((r) => r.owner_user_id)), departmentNames(core, rows.map((r) => r.lead_department_id))]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      source: r.source,
      title: r.title,
      leadDepartmentId: r.lead_department_id,
      leadDepartment: departments.get(r.lead_department_id) ?? '',
      owner: people.get(r.owner_user_id) ?? '',
      deadline: r.deadline,
      status: statusOf(r, day),
      progress: r.progress,
      nextReportDue: isLive(r) ? r.next_report_due : null,
      reportDue: isLive(r) && !!r.next_report_due && r.next_report_due <= day,
      missedReports: r.missed_reports,
      conclusionPending: !!r.conclusion_requested_at,
    })),
    total: Number(total.n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** One item: details, milestones, timeline, extension requests, 整改 under it, and what the caller may do. */
export async function getItem(core: Core, access: Access, id: string) {
  const item = await loadItem(core.db, id);
  const roles = await rolesOn(core.db, access, item);
  const day = today();
  const [co, milestones, events, extensions, children] = await Promise.all([
    core.db.selectFrom('supervision_co_departments').select('department_id').where('item_id', '=', id).execute(),
    core.db.selectFrom('supervision_milestones').selectAll().where('item_id', '=', id).orderBy('position').execute(),
    core.db.selectFrom('supervision_events').selectAll().where('item_id', '=', id).orderBy('created_at').orderBy('id').execute(),
    core.db.selectFrom('supervision_extensions').selectAll().where('item_id', '=', id).orderBy('requested_at').execute(),
    core.db.selectFrom('supervision_items').select(['id', 'title', 'deadline', 'status']).where('parent_id', '=', id).orderBy('deadline').execute(),
  ]);
  const fileIds = events.flatMap((e) => parseJson<string[]>(e.file_ids, []));
  const files = fileIds.length ? await core.db.selectFrom('files').select(['id', 'name']).where('id', 'in', fileIds).execute() : [];
  const fileName = new Map(files.map((f) => [f.id, f.name]));
  const userIds = [item.owner_user_id, item.created_by, item.concluded_by, ...events.map((e) => e.actor_user_id), ...extensions.map((e) => e.requested_by)].filter((u): u is string => !!u);
  const [people, departments] = await Promise.all([directory().names(core.db, userIds), departmentNames(core, [item.lead_department_id, ...co.map((c) => c.department_id)])]);
  const name = (u: string | null) => (u ? (people.get(u) ?? '') : '');
  const live = isLive(item);
  const pendingExtension = extensions.some((e) => e.status === 'pending');
  return {
    id: item.id,
    kind: item.kind,
    parentId: item.parent_id,
    source: item.source,
    sourceLink: item.source_link,
    title: item.title,
    content: item.content,
    leadDepartmentId: item.lead_department_id,
    leadDepartment: departments.get(item.lead_department_id) ?? '',
    coDepartments: co.map((c) => ({ id: c.department_id, name: departments.get(c.department_id) ?? '' })),
    ownerUserId: item.owner_user_id,
    owner: name(item.owner_user_id),
    createdBy: name(item.created_by),
    createdAt: item.created_at,
    deadline: item.deadline,
    originalDeadline: item.original_deadline,
    status: statusOf(item, day),
    progress: item.progress,
    reportSchedule: item.report_schedule,
    reportInterval: item.report_interval,
    nextReportDue: live ? item.next_report_due : null,
    missedReports: item.missed_reports,
    lastUrgedAt: item.last_urged_at,
    result: item.result,
    conclusionPending: !!item.conclusion_requested_at,
    concludedOn: item.concluded_on,
    concludedBy: name(item.concluded_by),
    milestones: milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.due_on, done: !!m.done_at, doneAt: m.done_at, overdue: !m.done_at && m.due_on < day })),
    timeline: events.map((e) => ({ id: e.id, kind: e.kind, actor: name(e.actor_user_id), body: e.body, percent: e.percent, files: parseJson<string[]>(e.file_ids, []).map((f) => ({ id: f, name: fileName.get(f) ?? '' })), at: e.created_at })),
    extensions: extensions.map((e) => ({ id: e.id, requestedBy: name(e.requested_by), oldDeadline: e.old_deadline, newDeadline: e.new_deadline, reason: e.reason, status: e.status, flowInstanceId: e.flow_instance_id, requestedAt: e.requested_at, decidedAt: e.decided_at })),
    children: children.map((c) => ({ ...c, status: statusOf(c, day) })),
    can: {
      report: live && roles.answerable,
      extend: live && roles.answerable && !pendingExtension,
      conclude: live && (roles.supervisor || (roles.answerable && !item.conclusion_requested_at)),
      confirm: live && roles.supervisor && !!item.conclusion_requested_at,
      urge: live && roles.supervisor,
      milestones: live && (roles.supervisor || roles.answerable),
    },
  };
}
