import type { Core, Ctx } from '../../../platform/context.js';
import { systemCtx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { can, type Access } from '../../../platform/access/resolve.js';
import { appendAudit, type AuditInput } from '../../../platform/audit/log.js';
import type { Tx } from '../../../platform/db/index.js';
import type { ArchiveBorrowingTable as ArchiveBorrowing, BorrowingStatus } from '../../../platform/db/schema.js';
import { isUniqueViolation } from '../../../platform/db/unique.js';
import { directory } from '../../../platform/directory.js';
import { conflict, forbidden, notFound } from '../../../platform/errors.js';
import { isoAfter, newId, nowIso } from '../../../platform/util.js';
import { startFlowIn, type TaskActionEvent } from '../../workflow/index.js';
import { BORROWING_FLOW_KEY, flowFacts } from '../archive-flows.js';
import { isClassified, readerOf, visibleDocuments } from '../policy.js';
import { clearedLevels, clearedRecord } from './archive-search.js';

export const BORROWING_EXPIRY_JOB = 'archive.borrowings.expire';
const DAY_MS = 86_400_000;

/**
 * Requests whose flow was withdrawn or terminated before a decision: closed as withdrawn, so that
 * the person may ask again. Returns how many were closed.
 */
export async function closeAbandoned(tx: Tx, table: 'archive_borrowings' | 'archive_disposals', documentId: string): Promise<number> {
  // Both tables share the columns used here; the cast only picks one for the typed builder.
  const closed = await tx
    .updateTable(table as 'archive_borrowings')
    .set({ status: 'withdrawn' })
    .where('document_id', '=', documentId)
    .where('status', '=', 'pending')
    .where('flow_instance_id', 'in', (q) => q.selectFrom('flow_instances').select('id').where('status', 'in', ['withdrawn', 'terminated']))
    .executeTakeFirst();
  return Number(closed.numUpdatedRows);
}

/** The loan of an approved request: a need-to-know grant until the due time. */
async function lend(tx: Tx, b: ArchiveBorrowing, approverId: string): Promise<AuditInput> {
  const now = nowIso();
  const dueAt = isoAfter(b.days * DAY_MS);
  const grantId = newId();
  await tx
    .insertInto('document_grants')
    .values({ id: grantId, document_id: b.document_id, user_id: b.user_id, source: 'borrow', reason: b.reason, granted_by: approverId, granted_at: now, expires_at: dueAt, revoked_at: null })
    .execute();
  await tx.updateTable('archive_borrowings').set({ status: 'approved', decided_at: now, due_at: dueAt, grant_id: grantId }).where('id', '=', b.id).execute();
  return { action: 'archive.borrow.approve', targetType: 'document', targetId: b.document_id, summary: `借阅获批，${b.days}天内可查阅`, detail: { borrowingId: b.id, userId: b.user_id, grantId, dueAt } };
}

/** 借阅: asks to borrow an archived record the person may not open yet, for 1–30 days, on the shipped 借阅 flow. */
export async function requestBorrowing(core: Core, ctx: Ctx, access: Access, documentId: string, input: { reason: string; days: number }) {
  return command(core, ctx, async (w) => {
    const reader = await readerOf(w.tx, access);
    const record = await clearedRecord(w.tx, reader, documentId);
    if (record.status !== 'archived') throw conflict('ARCHIVE_DISPOSED', 'archive.disposed');
    const open = await w.tx.selectFrom('documents').select('id').where('id', '=', documentId).where(visibleDocuments(w.tx, reader)).executeTakeFirst();
    if (open) throw conflict('ARCHIVE_ALREADY_OPEN', 'archive.alreadyOpen');
    await closeAbandoned(w.tx, 'archive_borrowings', documentId);
    const borrowing: ArchiveBorrowing = {
      id: newId(),
      document_id: documentId,
      user_id: access.userId,
      reason: input.reason,
      days: input.days,
      status: 'pending',
      flow_instance_id: null,
      grant_id: null,
      requested_at: nowIso(),
      decided_at: null,
      due_at: null,
      returned_at: null,
    };
    try {
      await w.tx.insertInto('archive_borrowings').values(borrowing).execute();
    } catch (error) {
      throw isUniqueViolation(error) ? conflict('ARCHIVE_BORROWING_OPEN', 'archive.borrowingOpen') : error;
    }
    const facts = flowFacts('借阅档案', record);
    const flow = await startFlowIn(core, w, ctx, {
      definitionKey: BORROWING_FLOW_KEY,
      title: facts.title,
      form: { ...facts.form, days: input.days, reason: input.reason },
      businessType: BORROWING_FLOW_KEY,
      businessId: borrowing.id,
    });
    await w.tx.updateTable('archive_borrowings').set({ flow_instance_id: flow.id }).where('id', '=', borrowing.id).execute();
    w.audit({
      action: 'archive.borrow.request',
      targetType: 'document',
      targetId: documentId,
      summary: `申请借阅档案：${record.docNo || '—'}（${input.days}天）`,
      detail: { borrowingId: borrowing.id, flowInstanceId: flow.id, days: input.days },
    });
    // A flow edited down to no approval step ends at once.
    if (flow.status === 'approved') w.audit(await lend(w.tx, { ...borrowing, flow_instance_id: flow.id }, access.userId));
    return { id: borrowing.id, flowInstanceId: flow.id };
  });
}

/** The 借阅 flow's end, in the deciding action's transaction: approved lends the record, rejected closes the request. */
export async function onBorrowingTask(e: TaskActionEvent): Promise<void> {
  if (e.instance.status !== 'approved' && e.instance.status !== 'rejected') return;
  const borrowing = await e.tx.selectFrom('archive_borrowings').selectAll().where('flow_instance_id', '=', e.instance.id).where('status', '=', 'pending').executeTakeFirst();
  if (!borrowing) return;
  let record: AuditInput;
  if (e.instance.status === 'approved') {
    record = await lend(e.tx, borrowing, e.ctx.actor?.userId ?? '');
  } else {
    await e.tx.updateTable('archive_borrowings').set({ status: 'rejected', decided_at: nowIso() }).where('id', '=', borrowing.id).execute();
    record = { action: 'archive.borrow.reject', targetType: 'document', targetId: borrowing.document_id, summary: '借阅未获批准', detail: { borrowingId: borrowing.id, userId: borrowing.user_id } };
  }
  // The hook has no command of its own: its record joins the action's chain in the same transaction.
  await appendAudit(e.tx, e.dialect, e.ctx, [record]);
}

/** 归还: the borrower (or the archivist) ends a loan early; the grant is revoked at once. */
export async function returnBorrowing(core: Core, ctx: Ctx, access: Access, id: string): Promise<void> {
  await command(core, ctx, async (w) => {
    const b = await w.tx.selectFrom('archive_borrowings').selectAll().where('id', '=', id).executeTakeFirst();
    if (!b || (b.user_id !== access.userId && !can(access, 'document.archive'))) throw notFound();
    const now = nowIso();
    const ended = await w.tx.updateTable('archive_borrowings').set({ status: 'returned', returned_at: now }).where('id', '=', id).where('status', '=', 'approved').executeTakeFirst();
    if (!Number(ended.numUpdatedRows)) throw conflict('ARCHIVE_NOT_LENT', 'archive.notLent');
    if (b.grant_id) await w.tx.updateTable('document_grants').set({ revoked_at: now }).where('id', '=', b.grant_id).where('revoked_at', 'is', null).execute();
    w.audit({ action: 'archive.borrow.return', targetType: 'document', targetId: b.document_id, summary: '归还借阅的档案', detail: { borrowingId: id, userId: b.user_id, grantId: b.grant_id } });
  });
}

/** Hourly: loans past their due time are recorded as expired (the grant's own expiry already hides the record). */
export async function expireBorrowings(core: Core): Promise<number> {
  const due = await core.db.selectFrom('archive_borrowings').select(['id', 'document_id', 'user_id', 'due_at']).where('status', '=', 'approved').where('due_at', '<=', nowIso()).execute();
  let expired = 0;
  for (const b of due) {
    await command(core, systemCtx(BORROWING_EXPIRY_JOB), async (w) => {
      const ended = await w.tx.updateTable('archive_borrowings').set({ status: 'expired' }).where('id', '=', b.id).where('status', '=', 'approved').executeTakeFirst();
      if (!Number(ended.numUpdatedRows)) return;
      expired++;
      w.audit({ action: 'archive.borrow.expire', targetType: 'document', targetId: b.document_id, summary: '借阅到期，已收回', detail: { borrowingId: b.id, userId: b.user_id, dueAt: b.due_at } });
      w.emit({ type: 'archive.borrowing.expired', payload: { borrowingId: b.id, documentId: b.document_id, userId: b.user_id } });
    });
  }
  return expired;
}

export interface BorrowingQuery {
  scope: 'mine' | 'all';
  status?: BorrowingStatus;
  page: number;
  pageSize: number;
}

/** 我的借阅 (scope 'mine'), or the archivist's 借阅登记 (scope 'all', records within their clearance). */
export async function listBorrowings(core: Core, access: Access, f: BorrowingQuery) {
  const archivist = can(access, 'document.archive');
  if (f.scope === 'all' && !archivist) throw forbidden();
  const reader = await readerOf(core.db, access);
  const visible = core.db.selectFrom('documents').select('documents.id').where(visibleDocuments(core.db, reader));
  let q = core.db
    .selectFrom('archive_borrowings')
    .innerJoin('document_archives', 'document_archives.document_id', 'archive_borrowings.document_id')
    .innerJoin('documents', 'documents.id', 'archive_borrowings.document_id')
    .leftJoin('flow_instances', 'flow_instances.id', 'archive_borrowings.flow_instance_id')
    .where('documents.secret_level', 'in', clearedLevels(reader));
  if (f.scope === 'mine') q = q.where('archive_borrowings.user_id', '=', access.userId);
  if (f.status) q = q.where('archive_borrowings.status', '=', f.status);
  const [rows, total] = await Promise.all([
    q
      .selectAll('archive_borrowings')
      .select((eb) => [
        'document_archives.doc_no as docNo',
        'document_archives.title',
        'document_archives.year',
        'document_archives.retention',
        'documents.secret_level as secretLevel',
        'documents.status as documentStatus',
        'flow_instances.status as flowStatus',
        eb.case().when('documents.id', 'in', visible).then(1).else(0).end().as('open'),
      ])
      .orderBy('archive_borrowings.requested_at', 'desc')
      .orderBy('archive_borrowings.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const names = await directory().names(core.db, [...new Set(rows.map((r) => r.user_id))]);
  return {
    items: rows.map((r) => {
      const canOpen = !!Number(r.open);
      const masked = !canOpen && !archivist && isClassified(r.secretLevel);
      // Withdrawn on the workflow's own page: the row closes on the next request.
      const abandoned = r.status === 'pending' && (r.flowStatus === 'withdrawn' || r.flowStatus === 'terminated');
      return {
        id: r.id,
        documentId: r.document_id,
        docNo: r.docNo,
        title: masked ? null : r.title,
        masked,
        year: r.year,
        retention: r.retention,
        secretLevel: r.secretLevel,
        borrower: names.get(r.user_id) ?? '',
        reason: r.reason,
        days: r.days,
        status: (abandoned ? 'withdrawn' : r.status) as BorrowingStatus,
        flowInstanceId: r.flow_instance_id,
        requestedAt: r.requested_at,
        decidedAt: r.decided_at,
        dueAt: r.due_at,
        returnedAt: r.returned_at,
        canOpen,
        canReturn: r.status === 'approved' && (r.user_id === access.userId || archivist),
      };
    }),
    total: Number(total.n),
    page: f.page,
    pageSize: f.pageSize,
  };
}
