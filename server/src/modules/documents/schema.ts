import { z } from 'zod';
import { text } from '../../platform/http/validation.js';
import { DOCUMENT_KINDS } from './kinds.js';

const LEVEL = z.enum(['public', 'internal', 'secret', 'confidential', 'topSecret']);
const URGENCY = z.enum(['', '加急', '特急']);
const id = z.string().min(1).max(64);

/** The 发文稿纸's fields; every one optional on save, the draft keeps what it had. */
export const draftFields = z.strictObject({
  title: text(200).optional(),
  mainTo: text(500).optional(),
  copyTo: z.array(text(100)).max(50).optional(),
  secretLevel: LEVEL.optional(),
  secretTerm: text(20).optional(),
  urgency: URGENCY.optional(),
  phone: text(40).optional(),
  countersignDepartmentIds: z.array(id).max(30).optional(),
  countersignMode: z.enum(['parallel', 'serial']).optional(),
  copies: z.number().int().min(1).max(100_000).optional(),
  issuer: text(100).optional(),
  note: text(200).optional(),
  /** Rich text from the editor; sanitised on the server. */
  body: z.string().max(500_000).optional(),
});
export type DraftFields = z.infer<typeof draftFields>;

export const createBody = draftFields.extend({ kind: z.enum(DOCUMENT_KINDS) });
export type CreateInput = z.infer<typeof createBody>;

export const saveBody = draftFields.extend({
  /** The revision the editor started from: a save over someone else's newer revision is refused. */
  baseRevision: z.number().int().min(1),
});
export type SaveInput = z.infer<typeof saveBody>;

export const listQuery = z.strictObject({
  box: z.enum(['mine', 'todo', 'all']).default('all'),
  q: text(100).optional(),
  status: z.enum(['draft', 'reviewing', 'signed', 'numbered', 'sealed', 'distributed', 'archived', 'withdrawn']).optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListQuery = z.infer<typeof listQuery>;

export const compareQuery = z.strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
export const revisionParams = z.strictObject({ id: z.uuid(), revision: z.coerce.number().int().min(1) });

export const annotationBody = z.strictObject({
  revision: z.number().int().min(1),
  block: z.number().int().min(0).max(100_000),
  start: z.number().int().min(0).max(1_000_000),
  end: z.number().int().min(0).max(1_000_000),
  body: text(2000),
});
export const replyBody = z.strictObject({ body: text(2000) });
export const annotationParams = z.strictObject({ id: z.uuid(), annotationId: z.uuid() });
export const resolveBody = z.strictObject({ resolved: z.boolean() });
export const submitBody = z.strictObject({ opinion: text(2000).optional() });

export const distributeBody = z.strictObject({
  departmentIds: z.array(z.uuid()).max(200).default([]),
  externalUnitIds: z.array(z.uuid()).max(200).default([]),
});
export const receivedQuery = z.strictObject({ status: z.enum(['sent', 'signed']).default('sent') });
export const externalUnitBody = z.strictObject({
  name: text(100, 1),
  email: z.union([z.email().max(200), z.literal('')]).default(''),
  contact: text(50).default(''),
  phone: text(40).default(''),
});
/** Any string: a link that does not match answers with the page's own "not found", not a validation error. */
export const tokenParams = z.strictObject({ token: z.string().max(200) });
export const numberBody = z.strictObject({ ruleId: z.uuid().optional() });
export const formalBody = z.strictObject({ sealId: z.uuid() });
export const sealBody = z.strictObject({ name: text(30, 1), unit: text(40, 2), caption: text(12).optional() });
export const verifyBody = z.strictObject({ fileId: z.uuid() });
export const searchQuery = z.strictObject({
  q: text(200, 1),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  secretLevel: LEVEL.optional(),
  status: listQuery.shape.status,
  page: z.coerce.number().int().min(1).max(100).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export const formalParams = z.strictObject({ id: z.uuid(), format: z.enum(['pdf', 'docx']) });
export const archiveBody = z.strictObject({ retention: z.enum(['永久', '30年', '10年']), keywords: z.array(text(20, 1)).max(10).optional() });
export const ruleBody = z.strictObject({ code: text(20, 1), name: text(40, 1), kinds: z.array(z.enum(DOCUMENT_KINDS)).min(1).max(15), template: text(60).optional() });
export const registerQuery = z.strictObject({
  ruleId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(['used', 'reserved', 'voided']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const reserveBody = z.strictObject({ ruleId: z.uuid(), year: z.number().int().min(2000).max(2100), reason: text(200).optional() });
export const voidBody = z.strictObject({ reason: text(200, 1) });
export const attachBody = z.strictObject({ fileIds: z.array(z.uuid()).min(1).max(20) });
export const attachmentParams = z.strictObject({ id: z.uuid(), groupId: z.uuid() });
export const reviseBody = z.strictObject({ fileId: z.uuid() });
export const attachmentFileParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });
