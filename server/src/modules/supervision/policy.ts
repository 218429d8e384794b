import type { Db, Tx } from '../../platform/db/index.js';
import type { SupervisionItemTable } from '../../platform/db/schema-supervision.js';
import { can, type Access } from '../../platform/access/resolve.js';
import { directory } from '../../platform/directory.js';
import { forbidden, notFound } from '../../platform/errors.js';
import type { ExpressionBuilder } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** 督查员: enters items, urges, confirms conclusions, issues 通报. */
export const isSupervisor = (access: Access) => can(access, 'supervision.manage');

/** Supervisors and unit leaders (主任、副主任、分管领导) see every item. */
export const seesAll = (access: Access) => isSupervisor(access) || access.roles.some((r) => r.code === 'unit-leader');

export function requireSupervisor(access: Access): void {
  if (!isSupervisor(access)) throw forbidden();
}

/** The departments the caller heads (科长 of their own department). */
export async function headedDepartments(db: Db | Tx, access: Access): Promise<string[]> {
  const heads = await Promise.all(access.departmentIds.map(async (id) => ((await directory().departmentHead(db, id)) === access.userId ? id : null)));
  return heads.filter((id): id is string => !!id);
}

/** What a non-supervisor sees: items they own, and those their department leads or helps with when they head it. */
export const visibleTo = (access: Access, headed: string[]) => (eb: ExpressionBuilder<DB, 'supervision_items'>) =>
  eb.or([
    eb('supervision_items.owner_user_id', '=', access.userId),
    ...(headed.length
      ? [
          eb('supervision_items.lead_department_id', 'in', headed),
          eb('supervision_items.id', 'in', eb.selectFrom('supervision_co_departments').select('item_id').where('department_id', 'in', headed)),
        ]
      : []),
  ]);

export interface ItemRoles {
  supervisor: boolean;
  /** The owner, or the head of the lead department: reports, asks for an extension, reports it concluded. */
  answerable: boolean;
}

/** The caller's roles on one item, or "not found" when they may not see it. */
export async function rolesOn(db: Db | Tx, access: Access, item: Pick<SupervisionItemTable, 'id' | 'owner_user_id' | 'lead_department_id'>): Promise<ItemRoles> {
  const headed = await headedDepartments(db, access);
  const answerable = item.owner_user_id === access.userId || headed.includes(item.lead_department_id);
  if (answerable || seesAll(access)) return { supervisor: isSupervisor(access), answerable };
  const helping = headed.length
    ? await db.selectFrom('supervision_co_departments').select('item_id').where('item_id', '=', item.id).where('department_id', 'in', headed).executeTakeFirst()
    : undefined;
  if (!helping) throw notFound();
  return { supervisor: false, answerable: false };
}
