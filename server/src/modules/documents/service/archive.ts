import { zipSync } from 'fflate';
import type { Core, Ctx } from '../../../platform/context.js';
import type { Auth } from '../../../platform/auth/hook.js';
import { command } from '../../../platform/command.js';
import type { Document, Retention } from '../../../platform/db/schema.js';
import { directory } from '../../../platform/directory.js';
import { conflict } from '../../../platform/errors.js';
import { blobStore } from '../../../platform/files/files.js';
import { decryptSm4, encryptSm4, masterKeyOf, sm3Hex } from '../../../platform/crypto/index.js';
import { newId, nowIso } from '../../../platform/util.js';
import { opinionsOf } from '../../workflow/index.js';
import { KIND_TEMPLATES, type DocumentKind } from '../kinds.js';
import { isClassified } from '../policy.js';
import { processingFormPdf, atMyStep } from './issue.js';
import { incomingForm, type ArchivedForm } from './incoming-archive.js';
import { currentAttachments, documentText } from './attachments.js';
import { reindexDocument } from './search.js';
import { suggestKeywords } from '../keywords.js';

const xmlEscape = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

function metadataXml(doc: Document, fields: Record<string, string>, files: { name: string; sm3: string; size: number }[]): string {
  const lines = Object.entries(fields).map(([k, v]) => `  <${k}>${xmlEscape(v)}</${k}>`);
  const list = files.map((f) => `    <文件 名称="${xmlEscape(f.name)}" 大小="${f.size}" SM3="${f.sm3}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<电子公文档案 标识="${doc.id}">\n${lines.join('\n')}\n  <文件清单>\n${list.join('\n')}\n  </文件清单>\n</电子公文档案>\n`;
}

const outgoingForm = async (core: Core, ctx: Ctx, auth: Auth, id: string): Promise<ArchivedForm> => ({ name: '发文稿纸.pdf', data: (await processingFormPdf(core, ctx, auth, id)).pdf });

/**
 * 归档 (one document, one file): the archivist files the distributed document (or the concluded 收文)
 * with its 保管期限 and keywords. The archive package is a ZIP of the formal PDF and DOCX, the 发文稿纸
 * (or 收文处理单) with every opinion, the attachments and scans, every revision, the 批注, the flow's
 * trace, a metadata XML and an SM3 manifest, kept as one file (SM4-encrypted for a state secret).
 */
export async function archiveDocument(core: Core, ctx: Ctx, auth: Auth, id: string, input: { retention: Retention; keywords?: string[] }) {
  const actor = ctx.actor!;
  const doc = await core.db.transaction().execute((tx) => atMyStep(tx, auth.access, actor.userId, id, 'archive', 'document.archive'));
  if (doc.archived_at) throw conflict('DOCUMENT_ARCHIVED', 'document.alreadyArchived');
  const secret = isClassified(doc.secret_level);
  const key = secret ? masterKeyOf(core.config) : undefined;
  const store = blobStore(core);
  const stored = async (fileId: string | null) => {
    if (!fileId) return undefined;
    const file = await core.db.selectFrom('files').select(['sha', 'encrypted']).where('id', '=', fileId).executeTakeFirstOrThrow();
    const data = await store.readAll(file.sha);
    return file.encrypted ? decryptSm4(data, masterKeyOf(core.config)) : data;
  };
  const [pdf, docx, form, revisions, annotations, opinions, attachments] = await Promise.all([
    stored(doc.formal_pdf_file_id),
    stored(doc.formal_docx_file_id),
    doc.direction === 'incoming' ? incomingForm(core.db, doc) : outgoingForm(core, ctx, auth, id),
    core.db.selectFrom('document_revisions').selectAll().where('document_id', '=', id).orderBy('revision').execute(),
    core.db.selectFrom('document_annotations').selectAll().where('document_id', '=', id).orderBy('created_at').execute(),
    doc.flow_instance_id ? opinionsOf(core.db, doc.flow_instance_id) : Promise.resolve([]),
    currentAttachments(core.db, id),
  ]);
  const attached = await Promise.all(attachments.map(async (a) => [`${a.role === 'scan' ? '扫描件' : '附件'}/${a.name}`, await stored(a.file_id)] as const));
  const names = await directory().names(core.db, [...new Set([...revisions.map((r) => r.author_user_id), ...annotations.map((a) => a.author_user_id)])]);
  const text = (s: string) => Buffer.from(s, 'utf8');
  const entries: Record<string, Buffer> = {
    ...(pdf ? { '正式文件.pdf': pdf } : {}),
    ...(docx ? { '正式文件.docx': docx } : {}),
    [form.name]: form.data,
    ...Object.fromEntries(attached.flatMap(([name, data]) => (data ? [[name, data]] : []))),
    ...Object.fromEntries(
      revisions.map((r) => [`修改稿/第${r.revision}稿.html`, text(`<!doctype html><meta charset="utf-8"><title>${xmlEscape(r.title)}</title><!-- ${names.get(r.author_user_id) ?? ''} ${r.step_name} ${r.created_at} --><h1>${xmlEscape(r.title)}</h1>${r.body_html}`)]),
    ),
    '批注.json': text(JSON.stringify(annotations.map((a) => ({ ...a, author: names.get(a.author_user_id) ?? '' })), null, 2)),
    '办理过程.json': text(JSON.stringify(opinions, null, 2)),
  };
  const files = Object.entries(entries).map(([name, data]) => ({ name, sm3: sm3Hex(data), size: data.length }));
  const year = Number((doc.issue_date ?? doc.created_at).slice(0, 4));
  // A 收文 is filed under its 收文编号.
  const docNo = form.receiptNo ?? doc.doc_no ?? '';
  const keywords = input.keywords?.length ? input.keywords : suggestKeywords(`${doc.title}\n${await documentText(core.db, doc)}`);
  const archivedAt = nowIso();
  entries['metadata.xml'] = text(
    metadataXml(doc, {
      文号: docNo,
      ...(form.incoming ?? {}),
      标题: doc.title,
      文种: KIND_TEMPLATES[doc.kind as DocumentKind]?.name ?? doc.kind,
      年度: String(year),
      保管期限: input.retention,
      密级: doc.secret_level,
      发文机关: doc.issuer,
      成文日期: doc.issue_date ?? '',
      关键词: keywords.join('；'),
      归档人: actor.displayName,
      归档时间: archivedAt,
    }, files),
  );
  entries['manifest-sm3.txt'] = text(files.map((f) => `${f.sm3}  ${f.name}`).join('\n') + '\n');
  const zip = Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([n, d]) => [n, new Uint8Array(d)]))));
  const sha = await store.put(key ? encryptSm4(zip, key) : zip);

  return command(core, ctx, async (w) => {
    const current = await atMyStep(w.tx, auth.access, actor.userId, id, 'archive', 'document.archive');
    if (current.archived_at) throw conflict('DOCUMENT_ARCHIVED', 'document.alreadyArchived');
    const fileId = newId();
    await w.tx
      .insertInto('files')
      .values({ id: fileId, sha, name: `${docNo}${doc.title}-归档.zip`.replace(/[\\/:*?"<>|]/g, '_'), size: zip.length, mime: 'application/zip', owner_user_id: 'system', encrypted: key ? 1 : 0, created_at: archivedAt })
      .execute();
    await w.tx.insertInto('file_links').values({ file_id: fileId, target_type: 'document', target_id: id }).execute();
    await w.tx
      .insertInto('document_archives')
      .values({ document_id: id, year, doc_no: docNo, title: doc.title, retention: input.retention, secret_level: doc.secret_level, keywords: JSON.stringify(keywords), package_file_id: fileId, archivist_user_id: actor.userId, archived_at: archivedAt })
      .execute();
    await w.tx.updateTable('documents').set({ status: 'archived', archived_at: archivedAt, updated_at: archivedAt }).where('id', '=', id).execute();
    await reindexDocument(w.tx, core.dialect, id);
    w.audit({ action: 'document.archive', targetType: 'document', targetId: id, summary: `归档：${docNo || doc.title}（${input.retention}）`, detail: { packageSha: sha, files: files.length } });
    return { packageFileId: fileId, keywords, files: files.map((f) => f.name) };
  });
}
