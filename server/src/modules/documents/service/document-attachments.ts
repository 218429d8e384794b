import type { Core, Ctx } from '../../../platform/context.js';
import type { Auth } from '../../../platform/auth/hook.js';
import { command, recordAudit } from '../../../platform/command.js';
import type { Access } from '../../../platform/access/resolve.js';
import { directory } from '../../../platform/directory.js';
import { conflict, forbidden, notFound } from '../../../platform/errors.js';
import { isUniqueViolation } from '../../../platform/db/unique.js';
import type { Tx } from '../../../platform/db/index.js';
import { linkFiles } from '../../../platform/files/files.js';
import { newId, nowIso } from '../../../platform/util.js';
import { isClassified, openDocument, readerOf, visibleDocument } from '../policy.js';
import { readingCopy } from './reading-copy.js';
import { addAttachments, prepared } from './attachments.js';
import { editorStep } from './drafts.js';
import { reindexDocument } from './search.js';

/** A document's attachments (附件) and scans, each with every version it has had, newest first. */
export async function listAttachments(core: Core, ctx: Ctx, auth: Auth, id: string) {
  await openDocument(core, ctx, auth, id);
  const rows = await core.db
    .selectFrom('document_attachments')
    .innerJoin('files', 'files.id', 'document_attachments.file_id')
    .select(['document_attachments.id', 'group_id', 'version', 'role', 'document_attachments.name', 'file_id', 'files.size', 'uploaded_by', 'uploaded_at'])
    .where('document_id', '=', id)
    .where('removed_at', 'is', null)
    .orderBy('uploaded_at')
    .execute();
  const names = await directory().names(core.db, [...new Set(rows.map((r) => r.uploaded_by))]);
  const groups = new Map<string, typeof rows>();
  for (const row of rows) groups.set(row.group_id, [...(groups.get(row.group_id) ?? []), row]);
  const items = [...groups.entries()].map(([groupId, versions]) => {
    const sorted = versions.sort((a, b) => b.version - a.version).map((v) => ({ id: v.id, version: v.version, name: v.name, fileId: v.file_id, size: v.size, uploadedBy: names.get(v.uploaded_by) ?? '', uploadedAt: v.uploaded_at }));
    return { groupId, role: versions[0]!.role, ...sorted[0]!, versions: sorted };
  });
  return { items };
}

/** The document, if the caller may change it now (the drafter while drafting, a reviewer at 核稿 or 签发). */
async function editable(tx: Tx, access: Access, id: string) {
  const doc = await visibleDocument(tx, await readerOf(tx, access), id);
  if (!(await editorStep(tx, doc, access.userId))) throw forbidden('document.notEditable', 'DOCUMENT_NOT_EDITABLE');
  return doc;
}

/** Attaches uploaded files to the 稿纸 as 附件, each the first version of its own group. */
export async function attachFiles(core: Core, ctx: Ctx, access: Access, id: string, fileIds: string[]) {
  return command(core, ctx, async (w) => {
    await editable(w.tx, access, id);
    await addAttachments(core, w.tx, { documentId: id, userId: access.userId, role: 'attachment', fileIds });
    await reindexDocument(w.tx, core.dialect, id);
    w.audit({ action: 'document.attachment.add', targetType: 'document', targetId: id, summary: `添加附件（${fileIds.length} 个）`, detail: { fileIds } });
    return { ok: true };
  });
}

/** A new version of one attachment; two people revising the same version at once: the database keeps one. */
export async function reviseAttachment(core: Core, ctx: Ctx, access: Access, id: string, groupId: string, fileId: string) {
  try {
    return await command(core, ctx, async (w) => {
      const doc = await editable(w.tx, access, id);
      const latest = await w.tx.selectFrom('document_attachments').selectAll().where('document_id', '=', id).where('group_id', '=', groupId).where('removed_at', 'is', null).orderBy('version', 'desc').executeTakeFirst();
      if (!latest) throw notFound();
      await linkFiles(w.tx, access.userId, [fileId], { type: 'document', id });
      const { text, name, keptId } = await prepared(core, w.tx, doc, fileId, true);
      await w.tx.insertInto('file_links').values({ file_id: keptId, target_type: 'document', target_id: id }).onConflict((oc) => oc.doNothing()).execute();
      const version = latest.version + 1;
      await w.tx
        .insertInto('document_attachments')
        .values({ id: newId(), document_id: id, group_id: groupId, version, role: latest.role, name, file_id: keptId, text, uploaded_by: access.userId, uploaded_at: nowIso(), removed_at: null })
        .execute();
      await reindexDocument(w.tx, core.dialect, id);
      w.audit({ action: 'document.attachment.revise', targetType: 'document', targetId: id, summary: `更新附件「${name}」为第 ${version} 版`, detail: { groupId, fileId: keptId, version } });
      return { version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('ATTACHMENT_STALE', 'document.stale');
    throw error;
  }
}

/** Takes an attachment off the 稿纸 (all its versions stay in the database, marked removed, for the record). */
export async function removeAttachment(core: Core, ctx: Ctx, access: Access, id: string, groupId: string) {
  return command(core, ctx, async (w) => {
    await editable(w.tx, access, id);
    const removed = await w.tx.updateTable('document_attachments').set({ removed_at: nowIso() }).where('document_id', '=', id).where('group_id', '=', groupId).where('removed_at', 'is', null).executeTakeFirst();
    if (!Number(removed.numUpdatedRows)) throw notFound();
    await reindexDocument(w.tx, core.dialect, id);
    w.audit({ action: 'document.attachment.remove', targetType: 'document', targetId: id, summary: '删除附件', detail: { groupId } });
    return { ok: true };
  });
}

/** One attachment version as the reader may take it (a state secret's as a watermarked PDF); every download of one is recorded. */
export async function downloadAttachment(core: Core, ctx: Ctx, auth: Auth, id: string, attachmentId: string) {
  const doc = await openDocument(core, ctx, auth, id);
  const row = await core.db
    .selectFrom('document_attachments')
    .innerJoin('files', 'files.id', 'document_attachments.file_id')
    .select(['files.name', 'files.mime', 'files.sha', 'files.encrypted'])
    .where('document_attachments.id', '=', attachmentId)
    .where('document_attachments.document_id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  const copy = await readingCopy(core, ctx, doc, row);
  if (isClassified(doc.secret_level)) {
    await recordAudit(core, ctx, { action: 'document.attachment.download', targetType: 'document', targetId: id, summary: `下载涉密公文附件：${row.name}`, detail: { attachmentId, watermarked: true } });
  }
  return copy;
}
