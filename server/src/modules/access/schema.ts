import { z } from 'zod';
import { ALL_PERMISSIONS, DATA_SCOPES } from '../../platform/access/permissions.js';
import { text } from '../../platform/http/validation.js';

const permissionList = z.array(z.enum(ALL_PERMISSIONS as [string, ...string[]])).max(ALL_PERMISSIONS.length * 2);
const dataScope = z.enum(DATA_SCOPES as [string, ...string[]]);

export const roleCreateBody = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  name: text(60, 1),
  description: text(500).optional(),
  permissions: permissionList,
  dataScope,
  require2fa: z.boolean().optional(),
});

export const roleUpdateBody = z.strictObject({
  name: text(60, 1).optional(),
  description: text(500).optional(),
  permissions: permissionList.optional(),
  dataScope: dataScope.optional(),
  require2fa: z.boolean().optional(),
});

export const grantCreateBody = z.strictObject({
  roleId: z.uuid(),
  granteeType: z.enum(['user', 'post']),
  granteeId: z.uuid(),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});

export const grantQuery = z.strictObject({
  roleId: z.uuid().optional(),
  granteeType: z.enum(['user', 'post']).optional(),
  granteeId: z.uuid().optional(),
});

export type RoleCreate = z.infer<typeof roleCreateBody>;
export type RoleUpdate = z.infer<typeof roleUpdateBody>;
export type GrantCreate = z.infer<typeof grantCreateBody>;
export type GrantFilter = z.infer<typeof grantQuery>;
