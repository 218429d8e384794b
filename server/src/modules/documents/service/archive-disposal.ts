import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { can, type Access } from '../../../platform/access/resolve.js';
import { appendAudit, type AuditInput } from '../../../platform/audit/log.js';
import { decryptSm4, masterKeyOf } from '../../../platform/crypto/index.js';
import type { Tx } from '../../../platform/db/index.js';
import type { ArchiveDisposalTable, DisposalStatus } from '../../../platform/db/schema.js';
import { isUniqueViolation } from '../../../platform/db/unique.js';
import { directory } from '../../../platform/directory.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import { blobStore } from '../../../platform/files/files.js';
import { removeFromIndex } from '../../../platform/search/index.js';
import { newId, nowIso, parseJson } from '../../../platform/util.js';
import { opinionsOf, startFlowIn, type TaskActionEvent } from '../../workflow/index.js';
import { DISPOSAL_FLOW_KEY, flowFacts } from '../archive-flows.js';
import { KIND_TEMPLATES, type DocumentKind } from '../kinds.js';
import { isClassified, readerOf } from '../policy.js';
import { closeAbandoned } from './archive-borrowing.js';
import { clearedLevels, clearedRecord } from './archive-search.js';

type Kind = ArchiveDisposalTable['kind'];
type ArchivedRecord = Awaited<ReturnType<typeof clearedRecord>>;

const requireArchivist = (access: Access) => {
  if (!can(access, 'document.archive')) throw forbidden();
};

/** 清退 (returned to the issuing unit) or 销毁 of a classified record: the archivist asks, on the shipped flow. */
export async function requestDisposal(core: Core, ctx: Ctx, access: Access, documentId: string, input: { kind: Kind; reason: string }) {
  requireArchivist(access);
  return command(core, ctx, async (w) => {
    const record = await clearedRecord(w.tx, await readerOf(w.tx, access), documentId);
    if (!isClassified(record.secretLevel)) throw invalid('ARCHIVE_NOT_CLASSIFIED', 'archive.notClassified');
    if (record.status !== 'archived') throw conflict('ARCHIVE_DISPOSED', 'archive.disposed');
    await closeAbandoned(w.tx, 'archive_disposals', documentId);
    const id = newId();
    try {
      await w.tx
        .insertInto('archive_disposals')
        .values({ id, document_id: documentId, kind: input.kind, reason: input.reason, status: 'pending', flow_instance_id: null, requested_by: access.userId, requested_at: nowIso(), executed_by: null, executed_at: null, record: '{}' })
        .execute();
    } catch (error) {
      throw isUniqueViolation(error) ? conflict('ARCHIVE_DISPOSAL_OPEN', 'archive.disposalOpen') : error;
    }
    const facts = flowFacts(input.kind === 'destroy' ? '销毁涉密档案' : '清退涉密档案', record);
    const flow = await startFlowIn(core, w, ctx, {
      definitionKey: DISPOSAL_FLOW_KEY,
      title: facts.title,
      form: { ...facts.form, kind: input.kind, reason: input.reason },
      businessType: DISPOSAL_FLOW_KEY,
      businessId: id,
    });
    // A flow edited down to no approval step is approved at once.
    const status: DisposalStatus = flow.status === 'approved' ? 'approved' : 'pending';
    await w.tx.updateTable('archive_disposals').set({ flow_instance_id: flow.id, status }).where('id', '=', id).execute();
    w.audit({
      action: `archive.${input.kind}.request`,
      targetType: 'document',
      targetId: documentId,
      summary: `申请${input.kind === 'destroy' ? '销毁' : '清退'}涉密档案：${record.docNo || '—'}`,
      detail: { disposalId: id, flowInstanceId: flow.id, reason: input.reason },
    });
    return { id, flowInstanceId: flow.id };
  });
}

/** The 清退/销毁 flow's end, in the deciding action's transaction. */
export async function onDisposalTask(e: TaskActionEvent): Promise<void> {
  const status = e.instance.status;
  if (status !== 'approved' && status !== 'rejected') return;
  const decided = await e.tx
    .updateTable('archive_disposals')
    .set({ status })
    .where('flow_instance_id', '=', e.instance.id)
    .where('status', '=', 'pending')
    .returning(['id', 'document_id', 'kind'])
    .executeTakeFirst();
  if (!decided) return;
  const record: AuditInput = {
    action: `archive.${decided.kind}.${status === 'approved' ? 'approve' : 'reject'}`,
    targetType: 'document',
    targetId: decided.document_id,
    summary: `${decided.kind === 'destroy' ? '销毁' : '清退'}申请${status === 'approved' ? '已获批准，待档案员执行' : '未获批准'}`,
    detail: { disposalId: decided.id },
  };
  // The hook has no command of its own: its record joins the action's chain in the same transaction.
  await appendAudit(e.tx, e.dialect, e.ctx, [record]);
}

/** The SM3 manifest inside the archive package: what the record held, file by file. */
async function packageManifest(core: Core, packageFileId: string): Promise<{ name: string; sm3: string }[]> {
  const file = await core.db.selectFrom('files').select(['sha', 'encrypted']).where('id', '=', packageFileId).executeTakeFirst();
  if (!file) return [];
  const stored = await blobStore(core).readAll(file.sha);
  const { unzipSync } = await import('fflate');
  const zip = unzipSync(new Uint8Array(file.encrypted ? decryptSm4(stored, masterKeyOf(core.config)) : stored));
  const manifest = zip['manifest-sm3.txt'];
  if (!manifest) return [];
  return Buffer.from(manifest)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sm3 = '', ...name] = line.split('  ');
      return { name: name.join('  '), sm3 };
    });
}

/**
 * Erases a record's content: the body and every revision's body, the 批注, the attachments' rows and
 * text, the search entry, the catalogue's keywords, and its files (formal PDF and DOCX, the package,
 * attachments). A file that another document also holds (a copy registered as 收文) stays with that
 * document. Returns the files as the destruction record lists them and the blobs to delete after commit.
 */
async function eraseContent(tx: Tx, core: Core, record: ArchivedRecord) {
  const documentId = record.id;
  const doc = await tx.selectFrom('documents').select(['formal_pdf_file_id', 'formal_docx_file_id']).where('id', '=', documentId).executeTakeFirstOrThrow();
  const [attachments, links] = await Promise.all([
    tx.selectFrom('document_attachments').select('file_id').where('document_id', '=', documentId).execute(),
    tx.selectFrom('file_links').select('file_id').where('target_type', '=', 'document').where('target_id', '=', documentId).execute(),
  ]);
  const ids = [doc.formal_pdf_file_id, doc.formal_docx_file_id, record.packageFileId, ...attachments.map((a) => a.file_id), ...links.map((l) => l.file_id)];
  const fileIds = [...new Set(ids.filter((id): id is string => !!id))];
  const files = fileIds.length ? await tx.selectFrom('files').select(['id', 'name', 'sha', 'size']).where('id', 'in', fileIds).execute() : [];
  const heldElsewhere = new Set(
    files.length
      ? (
          await tx
            .selectFrom('file_links')
            .select('file_id')
            .where('file_id', 'in', files.map((f) => f.id))
            .where('target_type', '=', 'document')
            .where('target_id', '!=', documentId)
            .execute()
        ).map((l) => l.file_id)
      : [],
  );
  const erased = files.filter((f) => !heldElsewhere.has(f.id));
  if (files.length) await tx.deleteFrom('file_links').where('file_id', 'in', files.map((f) => f.id)).where('target_type', '=', 'document').where('target_id', '=', documentId).execute();
  if (erased.length) {
    await tx.deleteFrom('file_links').where('file_id', 'in', erased.map((f) => f.id)).execute();
    await tx.deleteFrom('files').where('id', 'in', erased.map((f) => f.id)).execute();
  }
  await tx.deleteFrom('document_attachments').where('document_id', '=', documentId).execute();
  await tx.deleteFrom('document_annotations').where('document_id', '=', documentId).execute();
  await tx.deleteFrom('document_progress').where('document_id', '=', documentId).execute();
  await tx
    .updateTable('circulation_readers')
    .set({ opinion: '' })
    .where('circulation_id', 'in', tx.selectFrom('circulations').select('id').where('document_id', '=', documentId))
    .execute();
  await tx.updateTable('document_revisions').set({ body_html: '' }).where('document_id', '=', documentId).execute();
  await removeFromIndex(tx, core.dialect, 'document', documentId);
  // The catalogue keeps 文号, title, 年度, 密级 and 保管期限; its keywords were taken from the body.
  await tx.updateTable('document_archives').set({ keywords: '[]' }).where('document_id', '=', documentId).execute();
  return {
    listed: files.map((f) => ({ name: f.name, sm3: f.sha, size: f.size, keptByAnotherRecord: heldElsewhere.has(f.id) })),
    shas: [...new Set(erased.map((f) => f.sha))],
  };
}

/**
 * Carries out an approved 清退 or 销毁: in one transaction the content is erased and the document
 * marked returned or destroyed, while the disposal keeps the destruction record (title, 文号, 密级,
 * 保管期限, 年度, the erased files' names and SM3 digests, who asked, who approved, who executed, when).
 * The blobs go after commit, unless another file row still names the same content.
 */
export async function executeDisposal(core: Core, ctx: Ctx, access: Access, disposalId: string) {
  requireArchivist(access);
  const actor = ctx.actor!;
  const reader = await readerOf(core.db, access);
  const disposal = await core.db.selectFrom('archive_disposals').selectAll().where('id', '=', disposalId).executeTakeFirst();
  if (!disposal) throw notFound();
  const record = await clearedRecord(core.db, reader, disposal.document_id);
  if (disposal.status !== 'approved') throw conflict('ARCHIVE_DISPOSAL_NOT_APPROVED', 'archive.disposalNotApproved');
  const manifest = await packageManifest(core, record.packageFileId);
  const opinions = disposal.flow_instance_id ? await opinionsOf(core.db, disposal.flow_instance_id) : [];
  const requester = (await directory().names(core.db, [disposal.requested_by])).get(disposal.requested_by) ?? '';

  const { shas, kept } = await command(core, ctx, async (w) => {
    const executedAt = nowIso();
    const claimed = await w.tx
      .updateTable('archive_disposals')
      .set({ status: 'done', executed_by: actor.userId, executed_at: executedAt })
      .where('id', '=', disposalId)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    if (!Number(claimed.numUpdatedRows)) throw conflict('ARCHIVE_DISPOSAL_NOT_APPROVED', 'archive.disposalNotApproved');
    await closeAbandoned(w.tx, 'archive_borrowings', record.id);
    const lent = await w.tx.selectFrom('archive_borrowings').select('id').where('document_id', '=', record.id).where('status', 'in', ['pending', 'approved']).executeTakeFirst();
    if (lent) throw conflict('ARCHIVE_LENT', 'archive.lent');
    const files = await eraseContent(w.tx, core, record);
    await w.tx
      .updateTable('documents')
      .set({ body_html: '', formal_pdf_file_id: null, formal_docx_file_id: null, status: disposal.kind === 'destroy' ? 'destroyed' : 'returned', updated_at: executedAt })
      .where('id', '=', record.id)
      .execute();
    const kept = {
      kind: disposal.kind,
      title: record.title,
      docNo: record.docNo,
      kindName: KIND_TEMPLATES[record.kind as DocumentKind]?.name ?? record.kind,
      secretLevel: record.secretLevel,
      secretTerm: record.secretTerm,
      retention: record.retention,
      year: record.year,
      reason: disposal.reason,
      files: files.listed,
      packageContents: manifest,
      requestedBy: requester,
      requestedAt: disposal.requested_at,
      approvals: opinions.filter((o) => o.action !== 'start' && o.action !== 'resubmit').map((o) => ({ step: o.stepName, person: o.person, action: o.action, opinion: o.opinion, at: o.at })),
      executedBy: actor.displayName,
      executedAt,
    };
    await w.tx.updateTable('archive_disposals').set({ record: JSON.stringify(kept) }).where('id', '=', disposalId).execute();
    w.audit({
      action: `archive.${disposal.kind}.execute`,
      targetType: 'document',
      targetId: record.id,
      summary: `${disposal.kind === 'destroy' ? '销毁' : '清退'}涉密档案：${record.docNo || '—'}，清除文件 ${files.listed.filter((f) => !f.keptByAnotherRecord).length} 个`,
      detail: { disposalId, files: files.listed },
    });
    return { shas: files.shas, kept };
  });
  const store = blobStore(core);
  for (const sha of shas) {
    const stillNamed = await core.db.selectFrom('files').select('id').where('sha', '=', sha).executeTakeFirst();
    if (!stillNamed) await store.remove(sha);
  }
  return { id: disposalId, record: kept };
}

export interface DisposalQuery {
  status?: DisposalStatus;
  page: number;
  pageSize: number;
}

/** 清退与销毁: every request within the archivist's clearance, newest first, each with its record once carried out. */
export async function listDisposals(core: Core, access: Access, f: DisposalQuery) {
  requireArchivist(access);
  const reader = await readerOf(core.db, access);
  let q = core.db
    .selectFrom('archive_disposals')
    .innerJoin('documents', 'documents.id', 'archive_disposals.document_id')
    .innerJoin('document_archives', 'document_archives.document_id', 'archive_disposals.document_id')
    .leftJoin('flow_instances', 'flow_instances.id', 'archive_disposals.flow_instance_id')
    .where('documents.secret_level', 'in', clearedLevels(reader));
  if (f.status) q = q.where('archive_disposals.status', '=', f.status);
  const [rows, total] = await Promise.all([
    q
      .selectAll('archive_disposals')
      .select(['document_archives.doc_no as docNo', 'document_archives.title', 'document_archives.year', 'document_archives.retention', 'documents.secret_level as secretLevel', 'flow_instances.status as flowStatus'])
      .orderBy('archive_disposals.requested_at', 'desc')
      .orderBy('archive_disposals.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const names = await directory().names(core.db, [...new Set(rows.flatMap((r) => [r.requested_by, r.executed_by]).filter((u): u is string => !!u))]);
  return {
    items: rows.map((r) => {
      const abandoned = r.status === 'pending' && (r.flowStatus === 'withdrawn' || r.flowStatus === 'terminated');
      return {
        id: r.id,
        documentId: r.document_id,
        kind: r.kind,
        reason: r.reason,
        status: (abandoned ? 'withdrawn' : r.status) as DisposalStatus,
        docNo: r.docNo,
        title: r.title,
        year: r.year,
        retention: r.retention,
        secretLevel: r.secretLevel,
        flowInstanceId: r.flow_instance_id,
        requestedBy: names.get(r.requested_by) ?? '',
        requestedAt: r.requested_at,
        executedBy: r.executed_by ? (names.get(r.executed_by) ?? '') : null,
        executedAt: r.executed_at,
        record: r.status === 'done' ? parseJson<DestructionRecord | null>(r.record, null) : null,
      };
    }),
    total: Number(total.n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

export type DestructionRecord = Awaited<ReturnType<typeof executeDisposal>>['record'];
