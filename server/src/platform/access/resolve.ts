import type { Db, Tx } from '../db/index.js';
import type { AdminKind, DataScope, Role } from '../db/schema.js';
import { nowIso, parseJson } from '../util.js';
import { scopeRank, type Permission } from './permissions.js';

export interface Access {
  userId: string;
  personId: string | null;
  departmentIds: string[];
  permissions: Set<Permission>;
  scopes: Map<Permission, DataScope>;
  adminKinds: Set<AdminKind>;
  require2fa: boolean;
  roles: { id: string; code: string; name: string }[];
}

/** Roles in force for a user: granted to the account, or to any post the person holds; expired ones excluded. */
export async function rolesInForce(db: Db | Tx, userId: string, personId: string | null): Promise<Role[]> {
  const postIds = personId ? await postsOf(db, personId) : [];
  const now = nowIso();
  return db
    .selectFrom('roles')
    .selectAll('roles')
    .where('roles.id', 'in', (qb) =>
      qb
        .selectFrom('grants')
        .select('grants.role_id')
        .where((eb) =>
          eb.and([
            eb.or([
              eb.and([eb('grantee_type', '=', 'user'), eb('grantee_id', '=', userId)]),
              ...(postIds.length ? [eb.and([eb('grantee_type', '=', 'post'), eb('grantee_id', 'in', postIds)])] : []),
            ]),
            eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]),
          ]),
        ),
    )
    .execute();
}

async function postsOf(db: Db | Tx, personId: string): Promise<string[]> {
  const main = await db
    .selectFrom('people')
    .select('post_id')
    .where('id', '=', personId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!main) return [];
  const partTime = await db.selectFrom('person_departments').select('post_id').where('person_id', '=', personId).execute();
  return [main.post_id, ...partTime.map((r) => r.post_id)].filter((p): p is string => !!p);
}

export async function loadAccess(db: Db | Tx, userId: string, personId: string | null): Promise<Access> {
  const roles = await rolesInForce(db, userId, personId);
  const permissions = new Set<Permission>();
  const scopes = new Map<Permission, DataScope>();
  const adminKinds = new Set<AdminKind>();
  for (const role of roles) {
    if (role.admin_kind) adminKinds.add(role.admin_kind);
    for (const p of parseJson<Permission[]>(role.permissions, [])) {
      permissions.add(p);
      const current = scopes.get(p);
      if (!current || scopeRank(role.data_scope) > scopeRank(current)) scopes.set(p, role.data_scope);
    }
  }
  const departmentIds = personId ? await departmentsOf(db, personId) : [];
  return {
    userId,
    personId,
    departmentIds,
    permissions,
    scopes,
    adminKinds,
    require2fa: roles.some((r) => r.require_2fa === 1),
    roles: roles.map((r) => ({ id: r.id, code: r.code, name: r.name })),
  };
}

async function departmentsOf(db: Db | Tx, personId: string): Promise<string[]> {
  const main = await db.selectFrom('people').select('department_id').where('id', '=', personId).executeTakeFirst();
  const partTime = await db.selectFrom('person_departments').select('department_id').where('person_id', '=', personId).execute();
  return [...new Set([main?.department_id, ...partTime.map((r) => r.department_id)].filter((d): d is string => !!d))];
}

export const can = (access: Access | null | undefined, permission: Permission): boolean =>
  !!access?.permissions.has(permission);
