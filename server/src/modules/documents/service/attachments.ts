import type { Tx } from '../../../platform/db/index.js';
import type { Document, DocumentAttachmentTable } from '../../../platform/db/schema.js';
import { bodyText } from '../body.js';
import type { Core } from '../../../platform/context.js';
import { blobStore, linkFiles } from '../../../platform/files/files.js';
import { newId, nowIso } from '../../../platform/util.js';
import { extractText } from './attachment-text.js';
import { keepForDocument } from './reading-copy.js';

type Role = DocumentAttachmentTable['role'];

/**
 * Adds files to a document as new attachments (each the first version of its group), with their text
 * for search. `trusted` are files the system itself holds (a formal PDF arriving from our own 分发),
 * linked without the own-upload check and kept as they are.
 */
export async function addAttachments(core: Core, tx: Tx, input: { documentId: string; userId: string; role: Role; fileIds: string[]; trusted?: string[] }): Promise<void> {
  const ids = [...new Set([...input.fileIds, ...(input.trusted ?? [])])];
  if (!ids.length) return;
  await linkFiles(tx, input.userId, input.fileIds, { type: 'document', id: input.documentId });
  const doc = await tx.selectFrom('documents').select('secret_level').where('id', '=', input.documentId).executeTakeFirstOrThrow();
  const now = nowIso();
  const rows: DocumentAttachmentTable[] = [];
  for (const fileId of ids) {
    const { text, name, keptId } = await prepared(core, tx, doc, fileId, !input.trusted?.includes(fileId));
    rows.push({ id: newId(), document_id: input.documentId, group_id: newId(), version: 1, role: input.role, name, file_id: keptId, text, uploaded_by: input.userId, uploaded_at: now, removed_at: null });
  }
  await tx.insertInto('file_links').values(rows.map((r) => ({ file_id: r.file_id, target_type: 'document', target_id: input.documentId }))).onConflict((oc) => oc.doNothing()).execute();
  await tx.insertInto('document_attachments').values(rows).execute();
}

/**
 * An attachment's file made ready: its text read for search while it is plain, and an upload of a
 * state secret's document stored again encrypted (a file the system already holds is kept as it is).
 */
export async function prepared(core: Core, tx: Tx, doc: Pick<Document, 'secret_level'>, fileId: string, upload: boolean) {
  const file = await tx.selectFrom('files').select(['name', 'mime', 'sha', 'encrypted']).where('id', '=', fileId).executeTakeFirstOrThrow();
  const text = file.encrypted ? '' : await extractText(file.name, file.mime, () => blobStore(core).readAll(file.sha));
  const keptId = upload ? await keepForDocument(core, tx, doc, fileId) : fileId;
  return { text, name: file.name, keptId };
}

/** The current version of each attachment group of a document, oldest group first. */
export async function currentAttachments(db: Pick<Tx, 'selectFrom'>, documentId: string) {
  const rows = await db
    .selectFrom('document_attachments')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('removed_at', 'is', null)
    .orderBy('uploaded_at')
    .orderBy('version', 'desc')
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.group_id) || latest.get(row.group_id)!.version < row.version) latest.set(row.group_id, row);
  return [...latest.values()];
}

/** A document's words for keywords and search: its body and the current text of its attachments (a 收文's scans). */
export async function documentText(db: Pick<Tx, 'selectFrom'>, doc: Pick<Document, 'id' | 'body_html'>): Promise<string> {
  const attachments = await currentAttachments(db, doc.id);
  return [bodyText(doc.body_html), ...attachments.map((a) => a.text)].filter(Boolean).join('\n');
}
