import { z } from 'zod';
import { pageQuery, text } from '../../platform/http/validation.js';

const date = z.iso.date();

export const SOURCES = ['instruction', 'meeting', 'incoming', 'manual'] as const;
export const STATUSES = ['open', 'overdue', 'concluded', 'cancelled'] as const;

export const milestoneInput = z.strictObject({ title: text(100, 1), dueOn: date });

/** A supervisor's entry: an item (or 整改) from a leader's instruction or by hand. */
export const createBody = z
  .strictObject({
    kind: z.enum(['item', 'rectification']).default('item'),
    parentId: z.uuid().optional(),
    source: z.enum(['instruction', 'manual']).default('manual'),
    title: text(200, 1),
    content: text(4000),
    leadDepartmentId: z.uuid(),
    coDepartmentIds: z.array(z.uuid()).max(20).default([]),
    ownerUserId: z.uuid(),
    deadline: date,
    milestones: z.array(milestoneInput).max(20).default([]),
    reportSchedule: z.enum(['none', 'weekly', 'workdays']).default('none'),
    reportInterval: z.number().int().min(1).max(60).default(5),
  })
  .refine((b) => b.milestones.every((m) => m.dueOn <= b.deadline), { path: ['milestones'], params: { key: 'supervision.milestoneAfterDeadline' } });
export type CreateInput = z.infer<typeof createBody>;

export const listQuery = z.strictObject({
  scope: z.enum(['mine', 'all']).default('mine'),
  status: z.enum(STATUSES).optional(),
  departmentId: z.uuid().optional(),
  source: z.enum(SOURCES).optional(),
  kind: z.enum(['item', 'rectification']).optional(),
  q: text(100).optional(),
  ...pageQuery,
});
export type ListQuery = z.infer<typeof listQuery>;

export const reportBody = z.strictObject({ body: text(2000, 1), percent: z.number().int().min(0).max(100).optional(), fileIds: z.array(z.uuid()).max(10).default([]) });
export const urgeBody = z.strictObject({ message: text(200).default('') });
export const concludeBody = z.strictObject({ result: text(2000, 1) });
export const confirmBody = z.strictObject({ approve: z.boolean(), opinion: text(500).default('') });
export const extensionBody = z.strictObject({ newDeadline: date, reason: text(500, 1) });
export const milestoneParams = z.strictObject({ id: z.uuid(), milestoneId: z.uuid() });
export const milestoneBody = z.strictObject({ done: z.boolean() });
export const boardQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export const bulletinQuery = z.strictObject({ period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/) });
