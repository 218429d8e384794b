import { z } from 'zod';
import { text } from '../../platform/http/validation.js';

const userIds = z.array(z.uuid()).max(50);
const opinion = text(2000).optional();
const attachments = z.array(z.uuid()).max(20).optional();
const expectedVersion = z.number().int().nonnegative().optional();
const chosen = z.record(z.string().max(64), userIds).optional();

export const starters = z.strictObject({
  all: z.boolean().optional(),
  departmentIds: z.array(z.uuid()).max(200).optional(),
  roleIds: z.array(z.uuid()).max(200).optional(),
  userIds: z.array(z.uuid()).max(500).optional(),
});

export const createDefinitionBody = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  name: text(60, 1),
  category: text(30).optional(),
  description: text(500).optional(),
});

export const updateDefinitionBody = z.strictObject({
  name: text(60, 1).optional(),
  category: text(30).optional(),
  description: text(500).optional(),
  enabled: z.boolean().optional(),
  adminUserId: z.uuid().nullable().optional(),
  starters: starters.optional(),
  /** A draft may be half-built: any JSON object is kept, and publishing checks it fully. */
  tree: z.record(z.string(), z.unknown()).optional(),
  form: z.record(z.string(), z.unknown()).optional(),
});

export const listDefinitionsQuery = z.strictObject({ startable: z.enum(['true', 'false']).optional() });

export const startBody = z.strictObject({
  definitionId: z.uuid().optional(),
  definitionKey: z.string().max(40).optional(),
  title: text(120).optional(),
  form: z.record(z.string(), z.unknown()),
  chosenAssignees: chosen,
  draft: z.boolean().optional(),
});

export const submitBody = z.strictObject({ form: z.record(z.string(), z.unknown()), chosenAssignees: chosen, opinion, expectedVersion });

export const approveBody = z.strictObject({
  opinion,
  attachments,
  expectedVersion,
  form: z.record(z.string(), z.unknown()).optional(),
  nextAssignees: chosen,
});
export const opinionBody = z.strictObject({ opinion, attachments, expectedVersion });
export const rejectBody = z.strictObject({ opinion: text(2000, 1), attachments, expectedVersion });
export const returnBody = z.strictObject({
  target: z.string().min(1).max(64),
  mode: z.enum(['rewalk', 'direct']).default('rewalk'),
  opinion: text(2000, 1),
  attachments,
  expectedVersion,
});
export const transferBody = z.strictObject({ userId: z.uuid(), opinion, expectedVersion });
export const addSignerBody = z.strictObject({
  userIds: userIds.min(1),
  position: z.enum(['before', 'after', 'alongside']),
  opinion,
  expectedVersion,
});
export const withdrawBody = z.strictObject({ reason: text(500).optional(), expectedVersion });
export const urgeBody = z.strictObject({ message: text(200).optional() });
export const interveneBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('reassign'), taskId: z.uuid(), userId: z.uuid(), reason: text(500).optional() }),
  z.strictObject({ action: z.literal('jump'), stepId: z.string().min(1).max(64), reason: text(500).optional() }),
  z.strictObject({ action: z.literal('suspend'), reason: text(500).optional() }),
  z.strictObject({ action: z.literal('resume'), reason: text(500).optional() }),
  z.strictObject({ action: z.literal('terminate'), reason: text(500).optional() }),
]);

export const inboxParams = z.strictObject({ box: z.enum(['todo', 'done', 'started', 'cc']) });
export const inboxQuery = z.strictObject({
  q: text(100).optional(),
  definitionId: z.uuid().optional(),
  status: z.enum(['draft', 'running', 'approved', 'rejected', 'withdrawn', 'terminated', 'suspended']).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  unread: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const delegationBody = z
  .strictObject({
    delegateUserId: z.uuid(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    definitionIds: z.array(z.uuid()).max(100).optional(),
  })
  .refine((d) => d.endsAt > d.startsAt, { path: ['endsAt'], params: { key: 'workflow.rangeInvalid' } });

export const phraseBody = z.strictObject({ text: text(200, 1) });
export const idempotencyHeader = z.object({ 'idempotency-key': z.string().min(8).max(100).optional() });
