import type { AdminKind, DataScope } from '../db/schema.js';

/** Every permission code, grouped by module. Roles are sets of these plus a data scope. */
export const PERMISSIONS = {
  org: ['org.read', 'org.manage'],
  user: ['user.manage'],
  system: ['system.settings', 'system.diagnostics', 'calendar.manage'],
  access: ['role.manage', 'grant.manage', 'clearance.manage'],
  audit: ['audit.read', 'audit.export'],
  workflow: ['workflow.design', 'workflow.admin'],
  documents: ['document.registry', 'document.archive', 'seal.manage', 'document.security'],
  meetings: ['room.manage', 'meeting.manage'],
  supervision: ['supervision.manage'],
} as const;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS][number];
export const ALL_PERMISSIONS: readonly Permission[] = Object.values(PERMISSIONS).flat();

/**
 * 三员分立: each administrator kind owns a disjoint set of permissions. A role may draw on at most
 * one set, and an account may hold roles of at most one kind.
 */
export const ADMIN_PERMISSIONS: Record<AdminKind, readonly Permission[]> = {
  system: ['org.manage', 'user.manage', 'system.settings', 'system.diagnostics', 'calendar.manage'],
  security: ['role.manage', 'grant.manage', 'clearance.manage', 'seal.manage', 'document.security'],
  audit: ['audit.read', 'audit.export'],
};

export function adminKindOf(permissions: readonly string[]): { kind: AdminKind | null; mixed: boolean } {
  const kinds = (Object.keys(ADMIN_PERMISSIONS) as AdminKind[]).filter((k) =>
    ADMIN_PERMISSIONS[k].some((p) => permissions.includes(p)),
  );
  return { kind: kinds[0] ?? null, mixed: kinds.length > 1 };
}

export const DATA_SCOPES: readonly DataScope[] = ['self', 'department', 'departmentTree', 'all'];
/** Wider scopes win when several roles grant the same permission. */
export const scopeRank = (s: DataScope): number => DATA_SCOPES.indexOf(s);
