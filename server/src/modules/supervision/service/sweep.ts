import type { Core } from '../../../platform/context.js';
import { systemCtx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Tx } from '../../../platform/db/index.js';
import { directory } from '../../../platform/directory.js';
import { nowIso } from '../../../platform/util.js';
import { nextReportDue, nextWorkday, today } from '../clock.js';
import { addEvent, supervisors, tell, type Item } from './timeline.js';

export const SWEEP_JOB = 'supervision.sweep';

/** Who an overdue item escalates to: the head of the lead department, or one level up when the owner is that head. */
async function escalationHead(tx: Tx, item: Item): Promise<string | null> {
  const dir = directory();
  const head = await dir.departmentHead(tx, item.lead_department_id);
  if (head && head !== item.owner_user_id) return head;
  const parent = await dir.parentDepartment(tx, item.lead_department_id);
  return parent ? dir.departmentHead(tx, parent) : null;
}

/** 逾期: marks the item, tells the owner, and escalates to the head and the supervisor — once per deadline. */
async function markOverdue(core: Core, item: Item): Promise<boolean> {
  return command(core, systemCtx(SWEEP_JOB), async (w) => {
    const now = nowIso();
    const marked = await w.tx
      .updateTable('supervision_items')
      .set({ status: 'overdue', escalated_at: now, updated_at: now })
      .where('id', '=', item.id)
      .where('status', '=', 'open')
      .where('deadline', '=', item.deadline)
      .executeTakeFirst();
    if (!Number(marked.numUpdatedRows)) return false;
    const head = await escalationHead(w.tx, item);
    const watchers = item.created_by ? [item.created_by] : await supervisors(w.tx);
    const targets = [...new Set([head, ...watchers].filter((u): u is string => !!u && u !== item.owner_user_id))];
    const names = await directory().names(w.tx, [item.owner_user_id, ...targets]);
    await addEvent(w.tx, item.id, 'overdue', null, item.deadline);
    await addEvent(w.tx, item.id, 'escalated', null, targets.map((u) => names.get(u) ?? '').join('、'));
    w.audit({ action: 'supervision.item.overdue', targetType: 'supervisionItem', targetId: item.id, summary: `督办逾期并上报：${item.title}（期限 ${item.deadline}）`, detail: { deadline: item.deadline, escalatedTo: targets } });
    await tell(w, item, [item.owner_user_id], 'overdue', 'supervision.notice.overdue', 'supervision.notice.overdueBody');
    await tell(w, item, targets, 'escalated', 'supervision.notice.escalated', 'supervision.notice.escalatedBody', { owner: names.get(item.owner_user_id) ?? '' });
    return true;
  });
}

/** 进展报送: asks on the due date; a due date passed without a report is recorded as missed and the next one set. */
async function followReports(core: Core, item: Item, day: string): Promise<void> {
  const due = item.next_report_due!;
  await command(core, systemCtx(SWEEP_JOB), async (w) => {
    if (due < day) {
      const next = await nextReportDue(w.tx, item.report_schedule, item.report_interval, day);
      const moved = await w.tx
        .updateTable('supervision_items')
        .set((eb) => ({ missed_reports: eb('missed_reports', '+', 1), next_report_due: next, report_requested_for: null }))
        .where('id', '=', item.id)
        .where('next_report_due', '=', due)
        .executeTakeFirst();
      if (!Number(moved.numUpdatedRows)) return;
      await addEvent(w.tx, item.id, 'reportMissed', null, due);
      w.audit({ action: 'supervision.item.reportMissed', targetType: 'supervisionItem', targetId: item.id, summary: `未按期报送进展：${item.title}（应报 ${due}）`, detail: { due } });
      await tell(w, item, [item.owner_user_id], 'reportMissed', 'supervision.notice.reportMissed', 'supervision.notice.reportMissedBody', { due });
      return;
    }
    const asked = await w.tx
      .updateTable('supervision_items')
      .set({ report_requested_for: due })
      .where('id', '=', item.id)
      .where('next_report_due', '=', due)
      .where((eb) => eb.or([eb('report_requested_for', 'is', null), eb('report_requested_for', '<>', due)]))
      .executeTakeFirst();
    if (Number(asked.numUpdatedRows)) await tell(w, item, [item.owner_user_id], 'reportDue', 'supervision.notice.reportDue', 'supervision.notice.reportDueBody', { due });
  });
}

/** 临期提醒: the owner is told once, the workday before the deadline (again if the deadline moves). */
async function remindDeadline(core: Core, item: Item): Promise<void> {
  await command(core, systemCtx(SWEEP_JOB), async (w) => {
    const marked = await w.tx
      .updateTable('supervision_items')
      .set({ deadline_reminded_for: item.deadline })
      .where('id', '=', item.id)
      .where('status', '=', 'open')
      .where('deadline', '=', item.deadline)
      .where((eb) => eb.or([eb('deadline_reminded_for', 'is', null), eb('deadline_reminded_for', '<>', item.deadline)]))
      .executeTakeFirst();
    if (!Number(marked.numUpdatedRows)) return;
    w.audit({ action: 'supervision.item.deadlineNear', targetType: 'supervisionItem', targetId: item.id, summary: `督办临期提醒：${item.title}（期限 ${item.deadline}）`, detail: { deadline: item.deadline } });
    await tell(w, item, [item.owner_user_id], 'deadlineNear', 'supervision.notice.deadlineNear', 'supervision.notice.deadlineNearBody');
  });
}

/** Hourly: items due by the next workday are reminded; overdue items are marked and escalated; progress reports are asked for and missed ones flagged. Returns how many turned overdue. */
export async function sweepSupervision(core: Core): Promise<number> {
  const day = today();
  const overdue = await core.db.selectFrom('supervision_items').selectAll().where('status', '=', 'open').where('deadline', '<', day).execute();
  let marked = 0;
  for (const item of overdue) if (await markOverdue(core, item)) marked++;
  const near = await core.db
    .selectFrom('supervision_items')
    .selectAll()
    .where('status', '=', 'open')
    .where('deadline', '>=', day)
    .where('deadline', '<=', await nextWorkday(core.db, day))
    .where((eb) => eb.or([eb('deadline_reminded_for', 'is', null), eb('deadline_reminded_for', '<>', eb.ref('deadline'))]))
    .execute();
  for (const item of near) await remindDeadline(core, item);
  const reporting = await core.db
    .selectFrom('supervision_items')
    .selectAll()
    .where('status', 'in', ['open', 'overdue'])
    .where('next_report_due', 'is not', null)
    .where('next_report_due', '<=', day)
    .where((eb) => eb.or([eb('report_requested_for', 'is', null), eb('report_requested_for', '<>', eb.ref('next_report_due')), eb('next_report_due', '<', day)]))
    .execute();
  for (const item of reporting) await followReports(core, item, day);
  return marked;
}
