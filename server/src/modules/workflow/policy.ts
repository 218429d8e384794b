import type { Actor } from '../../platform/context.js';
import type { Db, Tx } from '../../platform/db/index.js';
import type { FlowDefinition, FlowInstance } from '../../platform/db/schema.js';
import { directory } from '../../platform/directory.js';
import { can, rolesInForce, type Access } from '../../platform/access/resolve.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { parseJson } from '../../platform/util.js';

export interface Starters {
  all?: boolean;
  departmentIds?: string[];
  roleIds?: string[];
  userIds?: string[];
}

/** Who may start a flow: everyone, or people in listed departments (and below), holding listed roles, or named. */
export async function canStart(db: Db | Tx, actor: Actor, definition: Pick<FlowDefinition, 'starters'>): Promise<boolean> {
  const starters = parseJson<Starters>(definition.starters, { all: true });
  if (starters.all) return true;
  if (starters.userIds?.includes(actor.userId)) return true;
  const dir = directory();
  if (starters.departmentIds?.length) {
    const me = await dir.user(db, actor.userId);
    for (let d = me?.departmentId ?? null, guard = 0; d && guard < 20; d = await dir.parentDepartment(db, d), guard++) {
      if (starters.departmentIds.includes(d)) return true;
    }
  }
  if (starters.roleIds?.length) {
    const roles = await rolesInForce(db, actor.userId, actor.personId);
    if (roles.some((r) => starters.roleIds!.includes(r.id))) return true;
  }
  return false;
}

export const requireDesigner = (access: Access) => {
  if (!can(access, 'workflow.design')) throw forbidden();
};

/** Flow administrators: holders of workflow.admin, or the administrator named on the flow. */
export const isFlowAdmin = (access: Access, definition: Pick<FlowDefinition, 'admin_user_id'>) =>
  can(access, 'workflow.admin') || definition.admin_user_id === access.userId;

/** An instance is visible to its initiator, anyone who has or had a task on it, and flow administrators. */
export async function requireInstanceVisible(
  db: Db | Tx,
  access: Access,
  instance: Pick<FlowInstance, 'id' | 'initiator_user_id' | 'definition_id'>,
): Promise<void> {
  if (instance.initiator_user_id === access.userId) return;
  const involved = await db
    .selectFrom('flow_tasks')
    .select('id')
    .where('instance_id', '=', instance.id)
    .where((eb) => eb.or([eb('assignee_user_id', '=', access.userId), eb('on_behalf_of_user_id', '=', access.userId)]))
    .limit(1)
    .executeTakeFirst();
  if (involved) return;
  const definition = await db.selectFrom('flow_definitions').select('admin_user_id').where('id', '=', instance.definition_id).executeTakeFirst();
  if (definition && isFlowAdmin(access, definition)) return;
  throw notFound();
}
