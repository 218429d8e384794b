import { LayoutError } from './errors.js';
import type { BodyBlock, FormalDocument } from './types.js';

/** The printed wording of each element, shared by the PDF, the DOCX and the plain text. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function invalid(message: string): LayoutError {
  return new LayoutError('LAYOUT_INVALID_INPUT', message);
}

/** "2026-11-24" → "2026年11月24日": Arabic digits, no leading zeros (GB/T 9704-2012 7.3.5.1). */
export function chineseDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  const date = match ? new Date(Date.UTC(year!, month! - 1, day!)) : undefined;
  if (!date || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) {
    throw invalid(`not a date (yyyy-mm-dd): "${iso}" · 日期格式不正确`);
  }
  return `${year}年${month}月${day}日`;
}

function copyNoText(copyNo: string): string {
  if (!/^\d{1,6}$/.test(copyNo)) throw invalid(`copy number must be 1 to 6 digits: "${copyNo}" · 份号应为6位数字`);
  return copyNo.padStart(6, '0');
}

/** 密级★保密期限, e.g. "机密★1年". */
export function secretText(secret: NonNullable<FormalDocument['secret']>): string {
  return secret.term ? `${secret.level}★${secret.term}` : secret.level;
}

/** The lines at the top left of page 1: 份号, 密级和保密期限, 紧急程度, in that order. */
export function headNotes(doc: FormalDocument): string[] {
  return [
    doc.copyNo === undefined ? undefined : copyNoText(doc.copyNo),
    doc.secret && secretText(doc.secret),
    doc.urgency,
  ].filter((line): line is string => line !== undefined);
}

export function mainRecipientsText(recipients: string[]): string {
  return `${recipients.join('，')}：`;
}

export const ATTACHMENT_LABEL = '附件：';
export const COPY_TO_LABEL = '抄送：';
export const SIGNER_LABEL = '签发人：';

/** 附件说明 items: each name with its ordinal when there are several. */
export function attachmentItems(attachments: string[]): string[] {
  return attachments.length === 1 ? [attachments[0]!] : attachments.map((name, i) => `${i + 1}.${name}`);
}

export function noteText(note: string): string {
  return note.startsWith('（') ? note : `（${note}）`;
}

export function copyToText(copyTo: string[]): string {
  return `${COPY_TO_LABEL}${copyTo.join('，')}。`;
}

export function printedOnText(iso: string): string {
  return `${chineseDate(iso)}印发`;
}

function blockText(block: BodyBlock): string {
  return block.kind === 'table' ? block.rows.map((row) => row.join('\t')).join('\n') : block.text;
}

/** Checks what layout relies on; throws LAYOUT_INVALID_INPUT naming the field. */
export function validateDocument(doc: FormalDocument): void {
  const required: Array<[keyof FormalDocument, string | undefined]> = [
    ['organMark', doc.organMark],
    ['docNo', doc.docNo],
    ['title', doc.title],
    ['issuer', doc.issuer],
    ['printedBy', doc.printedBy],
  ];
  for (const [field, value] of required) {
    if (!value?.trim()) throw invalid(`${field} is empty · 必填项为空`);
  }
  if (doc.secret && doc.copyNo === undefined) throw invalid('a classified document needs copyNo · 涉密公文应当标注份号');
  if (doc.direction === 'up' && !doc.signer?.length) throw invalid('an upward document needs signer · 上行文应当标注签发人');
  headNotes(doc);
  chineseDate(doc.date);
  chineseDate(doc.printedOn);
}

/** The document's text in reading order, one element per line (for search and tests). */
export function toPlainText(doc: FormalDocument): string {
  const attachments = doc.attachments ?? [];
  const lines = [
    ...headNotes(doc),
    doc.organMark,
    doc.docNo,
    doc.signer?.length ? `${SIGNER_LABEL}${doc.signer.join(' ')}` : undefined,
    doc.title,
    doc.mainRecipients.length ? mainRecipientsText(doc.mainRecipients) : undefined,
    ...doc.blocks.map(blockText),
    ...attachmentItems(attachments).map((item, i) => (i === 0 ? ATTACHMENT_LABEL : '') + item),
    doc.issuer,
    chineseDate(doc.date),
    doc.note && noteText(doc.note),
    doc.copyTo?.length ? copyToText(doc.copyTo) : undefined,
    `${doc.printedBy} ${printedOnText(doc.printedOn)}`,
  ];
  return lines.filter((line): line is string => Boolean(line)).join('\n');
}
