import type { Core } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { systemCtx } from '../../../platform/context.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { directory } from '../../../platform/directory.js';
import { loadCalendar, localDate } from '../../../platform/calendar/index.js';
import { notify } from '../../notifications/index.js';
import { noticeToSignFor } from './notices.js';

export const INCOMING_SWEEP_JOB = 'document.incoming.sweep';
const DAY_MS = 24 * 60 * 60_000;

/**
 * The hourly sweep of what is late: copies not signed for within one workday (the department's
 * 文书 are reminded, once a day), 督办 deadlines that fall due tomorrow or today (the handling
 * department's head is reminded once), and overdue 督办 items (escalated once to the leader who
 * gave the 批示). Each mark is written with its audit record, event and notices.
 */
export async function sweepIncoming(core: Core): Promise<void> {
  const ctx = systemCtx('document.incoming.sweep');
  const zone = core.config.timeZone;
  const calendar = await loadCalendar(core.db);
  const now = new Date();
  const today = localDate(zone, now);
  const tomorrow = localDate(zone, new Date(calendar.addWorkdays(now.toISOString(), 1, zone)));
  const dayAgo = new Date(now.getTime() - DAY_MS).toISOString();

  const copies = await core.db
    .selectFrom('document_distributions')
    .innerJoin('documents', 'documents.id', 'document_distributions.document_id')
    .select(['document_distributions.id', 'document_distributions.document_id', 'document_distributions.department_id', 'document_distributions.sent_at', 'document_distributions.reminded_at', 'documents.title', 'documents.doc_no'])
    .where('document_distributions.channel', '=', 'system')
    .where('document_distributions.status', '=', 'sent')
    .where('document_distributions.sent_at', '<', dayAgo)
    .execute();
  for (const copy of copies.filter((c) => calendar.addWorkdays(c.sent_at, 1, zone) <= now.toISOString() && (!c.reminded_at || c.reminded_at < dayAgo))) {
    await command(core, ctx, async (w) => {
      const updated = await w.tx
        .updateTable('document_distributions')
        .set({ reminded_at: now.toISOString() })
        .where('id', '=', copy.id)
        .where('status', '=', 'sent')
        .where('reminded_at', copy.reminded_at === null ? 'is' : '=', copy.reminded_at)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return;
      w.audit({ action: 'document.distribution.remindLate', targetType: 'document', targetId: copy.document_id, summary: '超过一个工作日未签收，已提醒', detail: { distributionId: copy.id } });
      w.emit({ type: 'document.distribution.reminded', payload: { documentId: copy.document_id, distributionId: copy.id, departmentId: copy.department_id, late: true } });
      if (copy.department_id) await noticeToSignFor(w, copy, [copy.department_id], true);
    });
  }

  const supervised = await core.db
    .selectFrom('incoming_documents')
    .innerJoin('documents', 'documents.id', 'incoming_documents.document_id')
    .select(['incoming_documents.document_id as id', 'incoming_documents.receipt_no', 'incoming_documents.deadline', 'incoming_documents.handling_department_id', 'incoming_documents.deadline_reminded_at', 'incoming_documents.escalated_at', 'documents.title', 'documents.flow_instance_id'])
    .where('incoming_documents.supervised', '=', 1)
    .where('incoming_documents.concluded_at', 'is', null)
    .where('incoming_documents.deadline', '<=', tomorrow)
    .where((eb) => eb.or([eb('incoming_documents.deadline_reminded_at', 'is', null), eb('incoming_documents.escalated_at', 'is', null)]))
    .execute();
  for (const item of supervised) {
    const overdue = item.deadline! < today;
    if (overdue ? item.escalated_at : item.deadline_reminded_at) continue;
    const column = overdue ? 'escalated_at' : 'deadline_reminded_at';
    await command(core, ctx, async (w) => {
      const updated = await w.tx.updateTable('incoming_documents').set({ [column]: now.toISOString() }).where('document_id', '=', item.id).where(column, 'is', null).executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return;
      w.audit({
        action: overdue ? 'document.incoming.overdue' : 'document.incoming.deadlineNear',
        targetType: 'document',
        targetId: item.id,
        summary: overdue ? `督办逾期：${item.receipt_no}（期限 ${item.deadline}）` : `督办临近期限：${item.receipt_no}（期限 ${item.deadline}）`,
      });
      w.emit({ type: overdue ? 'document.incoming.overdue' : 'document.incoming.deadlineNear', payload: { documentId: item.id, deadline: item.deadline } });
      const head = item.handling_department_id ? await directory().departmentHead(w.tx, item.handling_department_id) : null;
      const leaders = overdue && item.flow_instance_id ? await instructingLeaders(w.tx, item.flow_instance_id) : [];
      await notify(w, {
        userIds: [head, ...leaders].filter((u): u is string => !!u),
        category: 'document',
        kind: overdue ? 'document.incoming.overdue' : 'document.incoming.deadlineNear',
        titleKey: overdue ? 'notice.incoming.overdue' : 'notice.incoming.deadlineNear',
        bodyKey: overdue ? 'notice.incoming.overdueBody' : 'notice.incoming.deadlineNearBody',
        params: { receiptNo: item.receipt_no, title: item.title, deadline: item.deadline ?? '' },
        link: `/incoming/${item.id}`,
        urgent: overdue,
      });
    });
  }
}

/** Who gave the 领导批示 on the 收文's flow. */
async function instructingLeaders(db: Db | Tx, instanceId: string): Promise<string[]> {
  const rows = await db.selectFrom('flow_tasks').select('assignee_user_id').where('instance_id', '=', instanceId).where('step_id', '=', 'instruct').where('status', '!=', 'pending').execute();
  return rows.map((r) => r.assignee_user_id).filter((u): u is string => !!u);
}
