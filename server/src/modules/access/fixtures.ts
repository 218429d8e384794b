import { ensureBuiltinRoles } from '../../platform/access/builtin.js';
import type { Core } from '../../platform/context.js';
import { newId, nowIso } from '../../platform/util.js';
import { createUser } from '../../test/harness.js';

/** Test set-up: an account holding a built-in role by code (as the demo seed's administrators do). */
export async function userWithRole(core: Core, username: string, roleCode: string, personId?: string): Promise<{ id: string }> {
  const roles = await ensureBuiltinRoles(core.db);
  const user = await createUser(core, { username, personId });
  await core.db
    .insertInto('grants')
    .values({ id: newId(), role_id: roles[roleCode]!, grantee_type: 'user', grantee_id: user.id, expires_at: null, granted_by: null, created_at: nowIso() })
    .execute();
  return user;
}

/** The three administrators of 三员分立, each with their built-in role. */
export async function threeAdmins(core: Core) {
  return {
    sysadmin: await userWithRole(core, 'sysadmin', 'system-admin'),
    secadmin: await userWithRole(core, 'secadmin', 'security-admin'),
    auditor: await userWithRole(core, 'auditor', 'auditor'),
  };
}
