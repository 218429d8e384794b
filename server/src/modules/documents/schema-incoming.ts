import { z } from 'zod';
import { text } from '../../platform/http/validation.js';
import { DOCUMENT_KINDS } from './kinds.js';

const LEVEL = z.enum(['public', 'internal', 'secret', 'confidential', 'topSecret']);
const date = z.iso.date();

/** 收文登记: what the registry clerk reads off the received document. */
export const registerIncomingBody = z.strictObject({
  title: text(200, 1),
  /** 来文单位 */
  sourceUnit: text(100, 1),
  /** 来文文号; empty when the document has none. */
  sourceDocNo: text(60).default(''),
  /** 收文日期; today by default. */
  receivedOn: date.optional(),
  secretLevel: LEVEL.default('public'),
  secretTerm: text(20).default(''),
  urgency: z.enum(['', '加急', '特急']).default(''),
  kind: z.enum(DOCUMENT_KINDS).default('notice'),
  copies: z.number().int().min(1).max(10_000).default(1),
  pages: z.number().int().min(0).max(100_000).default(0),
  note: text(200).default(''),
  scanFileIds: z.array(z.uuid()).max(50).default([]),
  /** An electronic arrival from our own 分发: the copy it came as. */
  distributionId: z.uuid().optional(),
});
export type RegisterIncomingInput = z.infer<typeof registerIncomingBody>;

export const incomingListQuery = z.strictObject({
  box: z.enum(['todo', 'mine', 'all', 'supervised']).default('all'),
  q: text(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type IncomingListQuery = z.infer<typeof incomingListQuery>;

export const duplicateQuery = z.strictObject({ sourceUnit: text(100), sourceDocNo: text(60) });
export const distributionParams = z.strictObject({ distributionId: z.uuid() });

/** 拟办 and 批示: the opinion, and who handles it (承办) by when, and whether it is followed (督办). */
export const decideBody = z.strictObject({
  opinion: text(2000).default(''),
  handlingDepartmentId: z.uuid().optional(),
  deadline: date.optional(),
  supervised: z.boolean().optional(),
});
export type DecideInput = z.infer<typeof decideBody>;
export const proposeBody = decideBody.extend({ opinion: text(2000, 1), handlingDepartmentId: z.uuid() });

export const progressBody = z.strictObject({ body: text(2000, 1) });
export const concludeBody = z.strictObject({ result: text(2000, 1) });
export const superviseBody = z.strictObject({ supervised: z.boolean(), deadline: date.optional() });
