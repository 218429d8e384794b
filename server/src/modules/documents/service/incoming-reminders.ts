import type { Core } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { systemCtx } from '../../../platform/context.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import { noticeToSignFor } from './notices.js';

export const INCOMING_SWEEP_JOB = 'document.incoming.sweep';
const DAY_MS = 24 * 60 * 60_000;

/**
 * The hourly sweep of copies not signed for within one workday: the department's 文书 are
 * reminded, once a day, each mark with its audit record, event and notice. (A 收文 marked 督办 is
 * followed by the supervision module: its deadline reminders and overdue escalation are there.)
 */
export async function sweepIncoming(core: Core): Promise<void> {
  const ctx = systemCtx('document.incoming.sweep');
  const zone = core.config.timeZone;
  const calendar = await loadCalendar(core.db);
  const now = new Date();
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

}

