import { z } from 'zod';
import { pageQuery, text } from '../../platform/http/validation.js';

export const auditFilter = {
  /** Part of the actor's name. */
  actor: text(100).optional(),
  actorId: z.uuid().optional(),
  action: text(100).optional(),
  targetType: text(50).optional(),
  targetId: text(100).optional(),
  outcome: z.enum(['success', 'failure']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};

export const auditQuery = z.strictObject({ ...auditFilter, ...pageQuery });
export const auditExportQuery = z.strictObject(auditFilter);

export type AuditFilter = z.infer<typeof auditExportQuery>;
