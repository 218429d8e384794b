import { randomBytes } from 'node:crypto';
import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { DocumentDistributionTable } from '../../../platform/db/schema.js';
import { directory } from '../../../platform/directory.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { Access } from '../../../platform/access/resolve.js';
import { enqueue } from '../../../platform/jobs/queue.js';
import { blobStore } from '../../../platform/files/files.js';
import { sendMail } from '../../../platform/mail/mailer.js';
import { newId, nowIso } from '../../../platform/util.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import { openTasksOf } from '../../workflow/index.js';
import { readerOf, requireRegistry, visibleDocument } from '../policy.js';
import { reindexDocument } from './search.js';
import { noticeToSignFor } from './notices.js';
import { outgoingMailServer } from '../../notifications/index.js';

export const MAIL_JOB = 'document.distribution.mail';
const REMIND_EVERY_MS = 60 * 60_000;

export interface DistributeInput {
  departmentIds: string[];
  /** External units: by e-mail when the unit has an address, else marked as sent on paper. */
  externalUnitIds: string[];
}

/** 分发: the 文书 holding the document's 分发 task sends the sealed document to departments and external units. */
export async function distribute(core: Core, ctx: Ctx, access: Access, documentId: string, input: DistributeInput): Promise<{ count: number }> {
  requireRegistry(access);
  const userId = ctx.actor!.userId;
  return command(core, ctx, async (w) => {
    const doc = await visibleDocument(w.tx, await readerOf(w.tx, access), documentId);
    const tasks = doc.flow_instance_id ? await openTasksOf(w.tx, doc.flow_instance_id, userId) : [];
    if (!tasks.some((t) => t.purpose === 'distribute')) throw forbidden('document.notYourStep', 'DOCUMENT_NOT_YOUR_STEP');
    if (!doc.sealed_at || !doc.formal_pdf_file_id) throw invalid('DOCUMENT_STEP_NOT_DONE', 'error.validation', {}, { formal: { key: 'document.formalMissing' } });
    const departmentIds = [...new Set(input.departmentIds)];
    const unitIds = [...new Set(input.externalUnitIds)];
    if (!departmentIds.length && !unitIds.length) throw invalid('DISTRIBUTION_EMPTY', 'error.validation', {}, { departmentIds: { key: 'document.noRecipients' } });
    const [departments, units, already] = await Promise.all([
      departmentIds.length ? w.tx.selectFrom('departments').select('id').where('id', 'in', departmentIds).execute() : [],
      unitIds.length ? w.tx.selectFrom('external_units').select(['id', 'email']).where('id', 'in', unitIds).execute() : [],
      w.tx.selectFrom('document_distributions').select(['department_id', 'external_unit_id']).where('document_id', '=', documentId).where('status', '!=', 'recalled').execute(),
    ]);
    if (departments.length !== departmentIds.length || units.length !== unitIds.length) throw notFound();
    const sentTo = new Set(already.flatMap((a) => [a.department_id, a.external_unit_id]));
    const now = nowIso();
    const base = { document_id: documentId, status: 'sent' as const, sent_by: userId, sent_at: now, reminded_at: null, signed_by: null, signed_at: null, recalled_at: null };
    const rows: DocumentDistributionTable[] = [
      ...departments.filter((d) => !sentTo.has(d.id)).map((d) => ({ ...base, id: newId(), department_id: d.id, external_unit_id: null, channel: 'system' as const, token: token() })),
      ...units
        .filter((u) => !sentTo.has(u.id))
        .map((u) => ({ ...base, id: newId(), department_id: null, external_unit_id: u.id, channel: u.email ? ('email' as const) : ('paper' as const), token: token() })),
    ];
    if (rows.length) await w.tx.insertInto('document_distributions').values(rows).execute();
    for (const row of rows.filter((r) => r.channel === 'email')) await enqueue(w.tx, { kind: MAIL_JOB, payload: { distributionId: row.id } });
    await w.tx.updateTable('documents').set({ status: 'distributed', distributed_at: doc.distributed_at ?? now, updated_at: now }).where('id', '=', documentId).execute();
    await reindexDocument(w.tx, core.dialect, documentId);
    w.audit({ action: 'document.distribute', targetType: 'document', targetId: documentId, summary: `分发公文 ${doc.doc_no ?? ''}（${rows.length} 家）`, detail: { distributions: rows.map((r) => r.id) } });
    for (const row of rows) w.emit({ type: 'document.distributed', payload: { documentId, distributionId: row.id, departmentId: row.department_id } });
    await noticeToSignFor(w, doc, rows.flatMap((r) => (r.department_id ? [r.department_id] : [])));
    return { count: rows.length };
  });
}

const token = () => randomBytes(24).toString('base64url');

/** The distribution board: every recipient, how it was sent, and who signed for it when. */
export async function distributionBoard(core: Core, access: Access, documentId: string) {
  await visibleDocument(core.db, await readerOf(core.db, access), documentId);
  const rows = await core.db
    .selectFrom('document_distributions')
    .leftJoin('departments', 'departments.id', 'document_distributions.department_id')
    .leftJoin('external_units', 'external_units.id', 'document_distributions.external_unit_id')
    .select([
      'document_distributions.id',
      'document_distributions.channel',
      'document_distributions.status',
      'document_distributions.sent_at as sentAt',
      'document_distributions.reminded_at as remindedAt',
      'document_distributions.signed_by',
      'document_distributions.signed_at as signedAt',
      'document_distributions.recalled_at as recalledAt',
      'departments.name as departmentName',
      'external_units.name as unitName',
    ])
    .where('document_distributions.document_id', '=', documentId)
    .orderBy('document_distributions.sent_at')
    .execute();
  const names = await directory().names(core.db, rows.map((r) => r.signed_by).filter((u): u is string => !!u));
  const items = rows.map(({ signed_by, departmentName, unitName, ...r }) => ({
    ...r,
    recipient: departmentName ?? unitName ?? '',
    signedBy: signed_by ? names.get(signed_by) ?? '' : null,
  }));
  const live = items.filter((i) => i.status !== 'recalled');
  return { items, total: live.length, signed: live.filter((i) => i.status === 'signed').length };
}

async function ownDistribution(core: Core, access: Access, distributionId: string) {
  requireRegistry(access);
  const row = await core.db.selectFrom('document_distributions').selectAll().where('id', '=', distributionId).executeTakeFirst();
  if (!row) throw notFound();
  await visibleDocument(core.db, await readerOf(core.db, access), row.document_id);
  return row;
}

/** 催办 a recipient who has not signed for it: at most once an hour; an e-mail recipient gets the mail again. */
export async function remindRecipient(core: Core, ctx: Ctx, access: Access, distributionId: string): Promise<void> {
  const row = await ownDistribution(core, access, distributionId);
  if (row.status !== 'sent') throw conflict('DISTRIBUTION_CLOSED', 'document.distributionClosed');
  await command(core, ctx, async (w) => {
    const now = nowIso();
    const cutoff = new Date(Date.now() - REMIND_EVERY_MS).toISOString();
    const updated = await w.tx
      .updateTable('document_distributions')
      .set({ reminded_at: now })
      .where('id', '=', distributionId)
      .where('status', '=', 'sent')
      .where((eb) => eb.or([eb('reminded_at', 'is', null), eb('reminded_at', '<', cutoff)]))
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('REMIND_TOO_SOON', 'document.remindTooSoon');
    if (row.channel === 'email') await enqueue(w.tx, { kind: MAIL_JOB, payload: { distributionId, reminder: true } });
    if (row.department_id) {
      const doc = await w.tx.selectFrom('documents').select(['title', 'doc_no']).where('id', '=', row.document_id).executeTakeFirstOrThrow();
      await noticeToSignFor(w, doc, [row.department_id], true);
    }
    w.audit({ action: 'document.distribution.remind', targetType: 'document', targetId: row.document_id, summary: '催收公文', detail: { distributionId } });
    w.emit({ type: 'document.distribution.reminded', payload: { documentId: row.document_id, distributionId, departmentId: row.department_id } });
  });
}

/** 撤回 a copy not yet signed for. */
export async function recallDistribution(core: Core, ctx: Ctx, access: Access, distributionId: string): Promise<void> {
  const row = await ownDistribution(core, access, distributionId);
  await command(core, ctx, async (w) => {
    const updated = await w.tx
      .updateTable('document_distributions')
      .set({ status: 'recalled', recalled_at: nowIso() })
      .where('id', '=', distributionId)
      .where('status', '=', 'sent')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('DISTRIBUTION_CLOSED', 'document.distributionClosed');
    w.audit({ action: 'document.distribution.recall', targetType: 'document', targetId: row.document_id, summary: '撤回已分发公文', detail: { distributionId } });
  });
}

/** 签收: the registry clerk of a recipient department signs for its copy. */
export async function signFor(core: Core, ctx: Ctx, access: Access, distributionId: string): Promise<void> {
  requireRegistry(access);
  await command(core, ctx, async (w) => {
    const row = await w.tx.selectFrom('document_distributions').selectAll().where('id', '=', distributionId).executeTakeFirst();
    if (!row || !row.department_id || !access.departmentIds.includes(row.department_id)) throw notFound();
    const updated = await w.tx
      .updateTable('document_distributions')
      .set({ status: 'signed', signed_by: ctx.actor!.userId, signed_at: nowIso() })
      .where('id', '=', distributionId)
      .where('status', '=', 'sent')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('DISTRIBUTION_CLOSED', 'document.distributionClosed');
    w.audit({ action: 'document.distribution.sign', targetType: 'document', targetId: row.document_id, summary: '签收公文', detail: { distributionId } });
  });
}

/**
 * 待签收 / 已签收: copies sent to the caller's departments; a copy still unsigned one workday after it
 * was sent is late, and a signed copy tells whether it has been registered as a 收文 yet.
 */
export async function receivedCopies(core: Core, access: Access, status: 'sent' | 'signed') {
  requireRegistry(access);
  if (!access.departmentIds.length) return { items: [] };
  const [rows, calendar] = await Promise.all([
    core.db
      .selectFrom('document_distributions')
      .innerJoin('documents', 'documents.id', 'document_distributions.document_id')
      .innerJoin('departments', 'departments.id', 'document_distributions.department_id')
      .leftJoin('incoming_documents', 'incoming_documents.distribution_id', 'document_distributions.id')
      .select([
        'document_distributions.id',
        'document_distributions.document_id as documentId',
        'documents.title',
        'documents.doc_no as docNo',
        'documents.secret_level as secretLevel',
        'documents.urgency',
        'departments.name as departmentName',
        'document_distributions.sent_at as sentAt',
        'document_distributions.signed_at as signedAt',
        'incoming_documents.document_id as registeredId',
      ])
      .where('document_distributions.department_id', 'in', access.departmentIds)
      .where('document_distributions.status', '=', status)
      .orderBy('document_distributions.sent_at', 'desc')
      .limit(200)
      .execute(),
    loadCalendar(core.db),
  ]);
  const now = nowIso();
  const items = rows.map((r) => ({ ...r, late: status === 'sent' && calendar.addWorkdays(r.sentAt, 1, core.config.timeZone) < now }));
  return { items };
}

/** What an external recipient's acknowledgement link shows: the document's 文号 and title, nothing more. */
export async function receiptByToken(core: Core, tokenValue: string) {
  const row = await core.db
    .selectFrom('document_distributions')
    .innerJoin('documents', 'documents.id', 'document_distributions.document_id')
    .innerJoin('external_units', 'external_units.id', 'document_distributions.external_unit_id')
    .select(['document_distributions.id', 'document_distributions.status', 'document_distributions.signed_at as signedAt', 'documents.title', 'documents.doc_no as docNo', 'external_units.name as unit'])
    .where('document_distributions.token', '=', tokenValue)
    .where('document_distributions.status', '!=', 'recalled')
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** An external unit acknowledges receipt through the link in its e-mail. */
export async function acknowledgeByToken(core: Core, ctx: Ctx, tokenValue: string) {
  const row = await receiptByToken(core, tokenValue);
  if (row.status === 'signed') return row;
  await command(core, ctx, async (w) => {
    await w.tx.updateTable('document_distributions').set({ status: 'signed', signed_at: nowIso() }).where('id', '=', row.id).where('status', '=', 'sent').execute();
    w.audit({ action: 'document.distribution.acknowledge', targetType: 'document', targetId: row.id, summary: `外单位确认收文：${row.unit}` });
  });
  return receiptByToken(core, tokenValue);
}

/** The job that e-mails one external copy: the formal PDF attached, and the link to acknowledge it. */
export async function mailDistribution(core: Core, payload: Record<string, unknown>): Promise<void> {
  const row = await core.db
    .selectFrom('document_distributions')
    .innerJoin('documents', 'documents.id', 'document_distributions.document_id')
    .innerJoin('external_units', 'external_units.id', 'document_distributions.external_unit_id')
    .innerJoin('files', 'files.id', 'documents.formal_pdf_file_id')
    .select(['document_distributions.status', 'document_distributions.token', 'documents.title', 'documents.doc_no', 'documents.issuer', 'external_units.name', 'external_units.email', 'files.sha', 'files.name as fileName'])
    .where('document_distributions.id', '=', String(payload.distributionId))
    .executeTakeFirst();
  if (!row || row.status !== 'sent') return;
  const link = `${core.config.publicUrl}/receipt/${row.token}`;
  await sendMail(
    core.config,
    {
      to: row.email,
      subject: `${payload.reminder ? '【催收】' : ''}${row.doc_no ?? ''} ${row.title}`,
      text: `${row.name}：\n\n${row.issuer}《${row.title}》（${row.doc_no ?? ''}）已随本邮件发送，正式文件见附件。\n请收到后点击以下链接确认收文：\n${link}\n\n此邮件由通办系统发送。`,
      attachments: [{ filename: row.fileName, content: await blobStore(core).readAll(row.sha), contentType: 'application/pdf' }],
    },
    await outgoingMailServer(core),
  );
}

