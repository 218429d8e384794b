import type { Core, Ctx } from '../../../platform/context.js';
import type { Document, FileTable } from '../../../platform/db/schema.js';
import type { Selectable } from 'kysely';
import { blobStore } from '../../../platform/files/files.js';
import { decryptSm4, encryptSm4, masterKeyOf } from '../../../platform/crypto/index.js';
import { forbidden } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import type { Tx } from '../../../platform/db/index.js';
import { isClassified } from '../policy.js';

/** The face the download watermark is set in. */
const WATERMARK_FONT = { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' };

type StoredFile = Pick<Selectable<FileTable>, 'name' | 'mime' | 'sha' | 'encrypted'>;

/** A scan or photo as a one-page PDF of its own size, so it can carry the watermark. */
async function imageAsPdf(data: Buffer, mime: string): Promise<Buffer> {
  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  const image = mime === 'image/png' ? await pdf.embedPng(data) : await pdf.embedJpg(data);
  pdf.addPage([image.width, image.height]).drawImage(image, { x: 0, y: 0, width: image.width, height: image.height });
  return Buffer.from(await pdf.save());
}

const isPdf = (file: StoredFile) => file.mime === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
const isImage = (file: StoredFile) => file.mime === 'image/png' || file.mime === 'image/jpeg';

/**
 * A file of a document as the reader may take it: decrypted; for a state secret only as a PDF (scans
 * and photos are turned into one) watermarked with the reader's name and the time — a reading copy.
 */
export async function readingCopy(core: Core, ctx: Ctx, doc: Pick<Document, 'secret_level'>, file: StoredFile): Promise<{ name: string; mime: string; data: Buffer }> {
  const stored = await blobStore(core).readAll(file.sha);
  const plain = file.encrypted ? decryptSm4(stored, masterKeyOf(core.config)) : stored;
  if (!isClassified(doc.secret_level)) return { name: file.name, mime: file.mime, data: plain };
  if (!isPdf(file) && !isImage(file)) throw forbidden('document.secretDocx', 'DOCUMENT_SECRET_FORMAT');
  const pdf = isPdf(file) ? plain : await imageAsPdf(plain, file.mime);
  const when = new Date().toLocaleString('zh-CN', { timeZone: core.config.timeZone, hour12: false });
  const { watermarkPdf } = await import('../seal/index.js');
  const name = isPdf(file) ? file.name : `${file.name.replace(/\.[^.]+$/, '')}.pdf`;
  return { name, mime: 'application/pdf', data: await watermarkPdf(pdf, `${ctx.actor!.displayName} ${when}`, WATERMARK_FONT) };
}

/**
 * Keeps an uploaded file the way its document needs it: a state secret's file is stored again
 * SM4-encrypted as the system's (the plain upload row goes; its blob too when nothing else holds it).
 * Returns the id of the file to attach.
 */
export async function keepForDocument(core: Core, tx: Tx, doc: Pick<Document, 'secret_level'>, fileId: string): Promise<string> {
  if (!isClassified(doc.secret_level)) return fileId;
  const file = await tx.selectFrom('files').selectAll().where('id', '=', fileId).executeTakeFirstOrThrow();
  if (file.encrypted) return fileId;
  const store = blobStore(core);
  const plain = await store.readAll(file.sha);
  const sha = await store.put(encryptSm4(plain, masterKeyOf(core.config)));
  const id = newId();
  await tx.insertInto('files').values({ id, sha, name: file.name, size: plain.length, mime: file.mime, owner_user_id: 'system', encrypted: 1, created_at: nowIso() }).execute();
  await tx.deleteFrom('file_links').where('file_id', '=', fileId).execute();
  await tx.deleteFrom('files').where('id', '=', fileId).execute();
  const shared = await tx.selectFrom('files').select('id').where('sha', '=', file.sha).executeTakeFirst();
  if (!shared) await store.remove(file.sha);
  return id;
}
