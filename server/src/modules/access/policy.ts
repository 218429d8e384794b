import type { Access } from '../../platform/access/resolve.js';
import { can } from '../../platform/access/resolve.js';
import type { Permission } from '../../platform/access/permissions.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who is calling a service command: a logged-in account's access, or the system itself
 * (the CLI on the server, a job), which is trusted and still audited.
 */
export type Caller = Access | 'system';

/** Denies unless the caller holds at least one of the permissions. */
export function requireAny(caller: Caller, ...permissions: Permission[]): void {
  if (caller === 'system') return;
  if (!permissions.some((p) => can(caller, p))) throw forbidden();
}

/** Roles are the security officer's (安全保密管理员). */
export const mayManageRoles = (caller: Caller) => requireAny(caller, 'role.manage');
/** Reading roles and the catalogue: whoever manages roles or grants them. */
export const mayReadRoles = (caller: Caller) => requireAny(caller, 'role.manage', 'grant.manage');
export const mayManageGrants = (caller: Caller) => requireAny(caller, 'grant.manage');
