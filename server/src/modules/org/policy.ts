import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Access } from '../../platform/access/resolve.js';
import { can } from '../../platform/access/resolve.js';
import type { Permission } from '../../platform/access/permissions.js';
import type { Db, Tx } from '../../platform/db/index.js';
import type { DB } from '../../platform/db/schema.js';
import { forbidden } from '../../platform/errors.js';

/** Who may do what in the organisation module. Reads need org.read, writes org.manage, clearances clearance.manage. */
export const ORG_READ: Permission = 'org.read';
export const ORG_MANAGE: Permission = 'org.manage';

export function requirePermission(access: Access, permission: Permission): void {
  if (!can(access, permission)) throw forbidden();
}

export const mayRead = (access: Access) => requirePermission(access, ORG_READ);
export const mayManage = (access: Access) => requirePermission(access, ORG_MANAGE);
export const mayManageClearance = (access: Access) => requirePermission(access, 'clearance.manage');
/** Setting a clearance above 非密 (e.g. in an import) is the security officer's. */
export const mayClassify = (access: Access) => can(access, 'clearance.manage');
/** A login is an account: creating one with a person needs the account permission as well. */
export const mayCreateAccount = (access: Access) => requirePermission(access, 'user.manage');

/**
 * The condition on a people row for the people the caller may reach under `permission`, or null
 * when the data scope is "all". Throws forbidden when the caller lacks the permission.
 * Scopes: all; departmentTree = the caller's departments and everything below; department = the
 * caller's departments (main or part-time membership counts); self = the caller's own record.
 * It tests the row itself (no "id in (select id from people …)"), so the database can estimate it
 * and walk the ledger's order index or the department index, whichever is cheaper.
 */
export function visiblePeople(db: Db | Tx, access: Access, permission: Permission): ((eb: ExpressionBuilder<DB, 'people'>) => Expression<SqlBool>) | null {
  requirePermission(access, permission);
  const scope = access.scopes.get(permission) ?? 'self';
  if (scope === 'all') return null;
  if (scope === 'self' || access.departmentIds.length === 0) return (eb) => eb('people.id', '=', access.personId ?? '');
  const departments =
    scope === 'departmentTree'
      ? db
          .selectFrom('departments')
          .select('departments.id')
          .where((eb) => eb.or(access.departmentIds.map((d) => eb('departments.path', 'like', `%/${d}/%`))))
      : access.departmentIds;
  return (eb) =>
    eb.or([
      eb('people.department_id', 'in', departments),
      eb('people.id', 'in', db.selectFrom('person_departments').select('person_departments.person_id').where('person_departments.department_id', 'in', departments)),
    ]);
}
