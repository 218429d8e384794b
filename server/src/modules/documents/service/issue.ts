import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Tx } from '../../../platform/db/index.js';
import type { Document } from '../../../platform/db/schema.js';
import { directory } from '../../../platform/directory.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import { can, type Access } from '../../../platform/access/resolve.js';
import type { Permission } from '../../../platform/access/permissions.js';
import { blobStore } from '../../../platform/files/files.js';
import { encryptSm4, masterKeyOf } from '../../../platform/crypto/index.js';
import { recordAudit } from '../../../platform/command.js';
import { newId, nowIso } from '../../../platform/util.js';
import { localDate } from '../../../platform/calendar/index.js';
import { openTasksOf, opinionsOf } from '../../workflow/index.js';
import { bodyBlocks } from '../body.js';
import { KIND_TEMPLATES, type DocumentKind } from '../kinds.js';
import { renderFormalDocx, renderFormalPdf, renderProcessingFormPdf, type FormalDocument, type SecretLevel } from '../layout/index.js';
import { allocateNumber, listRules } from '../numbering/index.js';
import { sealPainter, signPdf } from '../seal/index.js';
import type { StepPurpose } from '../flow.js';
import { isClassified, openDocument, readerOf, visibleDocument } from '../policy.js';
import type { Auth } from '../../../platform/auth/hook.js';
import { SEAL_FONT, sealForSigning } from './seals.js';
import { reindexDocument } from './search.js';
import { readingCopy } from './reading-copy.js';
import { currentAttachments } from './attachments.js';

/** The document, if the caller holds its task of this purpose now and the permission it needs (the registry clerk's by default). */
export async function atMyStep(tx: Tx, access: Access, userId: string, id: string, purpose: StepPurpose, permission: Permission = 'document.registry'): Promise<Document> {
  if (!can(access, permission)) throw forbidden();
  const doc = await visibleDocument(tx, await readerOf(tx, access), id);
  const tasks = doc.flow_instance_id ? await openTasksOf(tx, doc.flow_instance_id, userId) : [];
  if (!tasks.some((t) => t.purpose === purpose)) throw forbidden('document.notYourStep', 'DOCUMENT_NOT_YOUR_STEP');
  return doc;
}

const yearIn = (timeZone: string, at = new Date()) => Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(at));

/** 编号: the next 文号 of the rule for the document's kind (or the one chosen), gapless in the database. */
export async function takeNumber(core: Core, ctx: Ctx, access: Access, id: string, input: { ruleId?: string }): Promise<{ docNo: string }> {
  const userId = ctx.actor!.userId;
  return command(core, ctx, async (w) => {
    const doc = await atMyStep(w.tx, access, userId, id, 'number');
    if (doc.doc_no) throw conflict('DOCUMENT_NUMBERED', 'document.alreadyNumbered');
    const rules = (await listRules(w.tx)).filter((r) => r.active);
    const rule = input.ruleId ? rules.find((r) => r.id === input.ruleId) : rules.find((r) => r.kinds.includes(doc.kind));
    if (!rule) throw invalid('DOC_NUMBER_RULE_MISSING', 'error.validation', {}, { ruleId: { key: 'document.noNumberRule' } });
    const taken = await allocateNumber(w.tx, { ruleId: rule.id, year: yearIn(core.config.timeZone), userId, documentId: id });
    await w.tx.updateTable('documents').set({ doc_no: taken.number, number_rule_id: rule.id, status: 'numbered', updated_at: nowIso() }).where('id', '=', id).execute();
    await reindexDocument(w.tx, core.dialect, id);
    w.audit({ action: 'document.number', targetType: 'document', targetId: id, summary: `编号：${taken.number}`, detail: { ruleId: rule.id, seq: taken.seq } });
    return { docNo: taken.number };
  });
}

const SECRET_MARK: Partial<Record<Document['secret_level'], SecretLevel>> = { secret: '秘密', confidential: '机密', topSecret: '绝密' };

/** The formal document's content, from the signed-off draft (GB/T 9704 parts). */
export function formalOf(doc: Document, extra: { signer: string | null; qrUrl: string; today: string; attachments?: string[] }): FormalDocument {
  const template = KIND_TEMPLATES[doc.kind as DocumentKind];
  const level = SECRET_MARK[doc.secret_level];
  const urgency = doc.urgency === '特急' || doc.urgency === '加急' ? doc.urgency : undefined;
  return {
    ...(level ? { copyNo: '1', secret: { level, term: doc.secret_term || undefined } } : {}),
    ...(urgency ? { urgency } : {}),
    organMark: doc.kind === 'letter' ? doc.issuer : `${doc.issuer}文件`,
    docNo: doc.doc_no ?? '',
    ...(template?.direction === 'up' && extra.signer ? { signer: [extra.signer] } : {}),
    direction: template?.direction === 'up' ? 'up' : 'down',
    title: doc.title,
    mainRecipients: doc.main_to
      .replace(/[：:]\s*$/, '')
      .split(/[、，,]/)
      .map((s) => s.trim())
      .filter(Boolean),
    blocks: bodyBlocks(doc.body_html),
    ...(extra.attachments?.length ? { attachments: extra.attachments } : {}),
    issuer: doc.issuer,
    date: doc.issue_date ?? extra.today,
    ...(doc.note ? { note: doc.note.replace(/^[（(]|[）)]$/g, '') } : {}),
    copyTo: JSON.parse(doc.copy_to) as string[],
    printedBy: doc.issuer,
    printedOn: extra.today,
    qrUrl: extra.qrUrl,
  };
}

/**
 * 用印排版: lays the numbered document out in the national format, stamps the chosen seal over the
 * date, signs the PDF (SM2 over its SM3 digest) and makes the editable DOCX; both are kept as the
 * document's files. The rendering runs before the transaction, which then checks nothing changed.
 */
export async function issueFormal(core: Core, ctx: Ctx, access: Access, id: string, input: { sealId: string }): Promise<{ pdfFileId: string; docxFileId: string }> {
  const actor = ctx.actor!;
  const before = await core.db.transaction().execute((tx) => atMyStep(tx, access, actor.userId, id, 'layout'));
  if (!before.doc_no) throw invalid('DOCUMENT_STEP_NOT_DONE', 'error.validation', {}, { docNo: { key: 'document.numberMissing' } });
  const { spec, signer } = await sealForSigning(core, core.db, input.sealId, actor.displayName).catch(() => {
    throw invalid('SEAL_INVALID', 'error.validation', {}, { sealId: { key: 'document.sealInvalid' } });
  });
  const signerName = before.signer_user_id ? (await directory().names(core.db, [before.signer_user_id])).get(before.signer_user_id) ?? null : null;
  const attachments = (await currentAttachments(core.db, id)).filter((a) => a.role === 'attachment').map((a) => a.name.replace(/\.[^.]+$/, ''));
  const formal = formalOf(before, { signer: signerName, qrUrl: `${core.config.publicUrl}/verify/${id}`, today: localDate(core.config.timeZone), attachments });
  const pdf = signPdf(await renderFormalPdf(formal, { seal: sealPainter({ kind: 'generated', spec, font: SEAL_FONT }), author: before.issuer }), signer);
  const docx = await renderFormalDocx(formal);
  const secret = isClassified(before.secret_level);
  const store = blobStore(core);
  const keep = (data: Buffer) => store.put(secret ? encryptSm4(data, masterKeyOf(core.config)) : data);
  const [pdfSha, docxSha] = [await keep(pdf), await keep(docx)];
  return command(core, ctx, async (w) => {
    const doc = await atMyStep(w.tx, access, actor.userId, id, 'layout');
    if (doc.revision !== before.revision || doc.doc_no !== before.doc_no) throw conflict('DOCUMENT_STALE', 'document.stale');
    const now = nowIso();
    const name = `${doc.doc_no} ${doc.title}`.replace(/[\\/:*?"<>|]/g, '_');
    const files = [
      { id: newId(), sha: pdfSha, name: `${name}.pdf`, size: pdf.length, mime: 'application/pdf' },
      { id: newId(), sha: docxSha, name: `${name}.docx`, size: docx.length, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    ];
    // Generated, not uploaded: nobody owns them; they are reached through the document.
    await w.tx.insertInto('files').values(files.map((f) => ({ ...f, owner_user_id: 'system', encrypted: secret ? 1 : 0, created_at: now }))).execute();
    await w.tx.insertInto('file_links').values(files.map((f) => ({ file_id: f.id, target_type: 'document', target_id: id }))).execute();
    await w.tx
      .updateTable('documents')
      .set({ formal_pdf_file_id: files[0]!.id, formal_docx_file_id: files[1]!.id, seal_id: input.sealId, sealed_at: now, status: 'sealed', updated_at: now })
      .where('id', '=', id)
      .execute();
    await reindexDocument(w.tx, core.dialect, id);
    w.audit({ action: 'document.seal', targetType: 'document', targetId: id, summary: `用印排版：${doc.doc_no}`, detail: { sealId: input.sealId, pdfSha, docxSha } });
    return { pdfFileId: files[0]!.id, docxFileId: files[1]!.id };
  });
}

const BOX_OF_PURPOSE: Record<string, string> = { signoff: '签发', countersign: '会签', review: '核稿' };

/** 发文稿纸 (处理单) as PDF: the particulars and every opinion with its signer and time, for the file and the archive. */
export async function processingFormPdf(core: Core, ctx: Ctx, auth: Auth, id: string): Promise<{ name: string; pdf: Buffer }> {
  const doc = await openDocument(core, ctx, auth, id);
  const opinions = doc.flow_instance_id ? await opinionsOf(core.db, doc.flow_instance_id) : [];
  const [department, names] = await Promise.all([
    core.db.selectFrom('departments').select('name').where('id', '=', doc.drafter_department_id).executeTakeFirst(),
    directory().names(core.db, [doc.drafter_user_id]),
  ]);
  const level = SECRET_MARK[doc.secret_level];
  const urgency = doc.urgency === '特急' || doc.urgency === '加急' ? doc.urgency : undefined;
  const pdf = await renderProcessingFormPdf(
    {
      unitName: doc.issuer,
      title: doc.title,
      ...(doc.doc_no ? { docNo: doc.doc_no } : {}),
      ...(level ? { classification: { level, term: doc.secret_term || undefined } } : {}),
      ...(urgency ? { urgency } : {}),
      draftingDepartment: department?.name ?? '',
      drafter: names.get(doc.drafter_user_id) ?? '',
      phone: doc.phone,
      mainRecipients: formalOf(doc, { signer: null, qrUrl: '', today: '' }).mainRecipients,
      copyTo: JSON.parse(doc.copy_to) as string[],
      copies: doc.copies,
      opinions: opinions
        .filter((o) => o.opinion || o.purpose === 'signoff' || o.purpose === 'countersign')
        .map((o) => ({ step: (o.purpose && BOX_OF_PURPOSE[o.purpose]) || o.stepName, person: o.person, opinion: o.opinion || '同意', time: o.at })),
    },
    { timeZone: core.config.timeZone },
  );
  return { name: `${doc.doc_no ?? ''}${doc.title}-发文稿纸.pdf`, pdf };
}

/**
 * The formal document as a download. A state secret's copy leaves only as a PDF watermarked with the
 * reader's name and the time (the watermark breaks the seal's signature: it is a reading copy), and
 * every download is recorded.
 */
export async function downloadFormal(core: Core, ctx: Ctx, auth: Auth, id: string, format: 'pdf' | 'docx'): Promise<{ name: string; mime: string; data: Buffer }> {
  const doc = await openDocument(core, ctx, auth, id);
  const fileId = format === 'pdf' ? doc.formal_pdf_file_id : doc.formal_docx_file_id;
  if (!fileId) throw notFound();
  const secret = isClassified(doc.secret_level);
  if (secret && format === 'docx') throw forbidden('document.secretDocx', 'DOCUMENT_SECRET_DOCX');
  const file = await core.db.selectFrom('files').selectAll().where('id', '=', fileId).executeTakeFirstOrThrow();
  const copy = await readingCopy(core, ctx, doc, file);
  await recordAudit(core, ctx, { action: 'document.download', targetType: 'document', targetId: id, summary: `下载正式文件：${doc.doc_no ?? ''}`, detail: { format, watermarked: secret } });
  return copy;
}
