import { ADMIN_PERMISSIONS, PERMISSIONS, adminKindOf } from '../../platform/access/permissions.js';
import { command } from '../../platform/command.js';
import type { Core, Ctx } from '../../platform/context.js';
import type { AdminKind, DataScope, Role } from '../../platform/db/schema.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId, nowIso, parseJson } from '../../platform/util.js';
import { mayManageRoles, mayReadRoles, type Caller } from './policy.js';
import type { RoleCreate, RoleUpdate } from './schema.js';
import { assertSeparation, holdersOfRole } from './separation.js';

const mixedAdminRole = () =>
  new AppError('MIXED_ADMIN_ROLE', 422, 'access.mixedAdminRole', {}, { permissions: { key: 'access.mixedAdminRole' } });

/** The permission catalogue by module, each code with the administrator kind that owns it. */
export function permissionCatalogue(caller: Caller) {
  mayReadRoles(caller);
  const kindOf = (code: string): AdminKind | null =>
    (Object.keys(ADMIN_PERMISSIONS) as AdminKind[]).find((k) => (ADMIN_PERMISSIONS[k] as readonly string[]).includes(code)) ?? null;
  return {
    groups: Object.entries(PERMISSIONS).map(([module, codes]) => ({
      module,
      permissions: codes.map((code) => ({ code, adminKind: kindOf(code) })),
    })),
  };
}

export function presentRole(r: Role, grantCount: number) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    permissions: parseJson<string[]>(r.permissions, []),
    dataScope: r.data_scope,
    adminKind: r.admin_kind,
    builtin: r.builtin === 1,
    require2fa: r.require_2fa === 1,
    grantCount,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function listRoles(core: Core, caller: Caller) {
  mayReadRoles(caller);
  const [roles, counts] = await Promise.all([
    core.db.selectFrom('roles').selectAll().orderBy('builtin', 'desc').orderBy('code').execute(),
    core.db.selectFrom('grants').select(['role_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('role_id').execute(),
  ]);
  const countOf = new Map(counts.map((c) => [c.role_id, Number(c.n)]));
  return { items: roles.map((r) => presentRole(r, countOf.get(r.id) ?? 0)) };
}

/** A role's admin kind follows from its permissions; a role may not draw on two kinds. */
function kindFor(permissions: string[]): AdminKind | null {
  const { kind, mixed } = adminKindOf(permissions);
  if (mixed) throw mixedAdminRole();
  return kind;
}

export async function createRole(core: Core, ctx: Ctx, caller: Caller, input: RoleCreate) {
  mayManageRoles(caller);
  const permissions = [...new Set(input.permissions)];
  const kind = kindFor(permissions);
  return command(core, ctx, async (w) => {
    const taken = await w.tx.selectFrom('roles').select('id').where('code', '=', input.code).executeTakeFirst();
    if (taken) throw conflict('ROLE_CODE_TAKEN', 'access.roleCodeTaken', { code: input.code });
    const now = nowIso();
    const role: Role = {
      id: newId(),
      code: input.code,
      name: input.name,
      description: input.description ?? '',
      permissions: JSON.stringify(permissions),
      data_scope: input.dataScope as DataScope,
      admin_kind: kind,
      builtin: 0,
      require_2fa: input.require2fa ? 1 : 0,
      created_at: now,
      updated_at: now,
    };
    await w.tx.insertInto('roles').values(role).execute();
    w.audit({
      action: 'access.role.create',
      targetType: 'role',
      targetId: role.id,
      summary: `新建角色「${role.name}」（${role.code}）`,
      detail: { permissions, dataScope: role.data_scope, adminKind: kind },
    });
    return presentRole(role, 0);
  });
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export async function updateRole(core: Core, ctx: Ctx, caller: Caller, id: string, input: RoleUpdate) {
  mayManageRoles(caller);
  return command(core, ctx, async (w) => {
    const role = await w.tx.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!role) throw notFound();
    const before = parseJson<string[]>(role.permissions, []);
    const permissions = input.permissions ? [...new Set(input.permissions)] : before;
    const dataScope = (input.dataScope ?? role.data_scope) as DataScope;
    if (role.builtin && (!sameSet(permissions, before) || dataScope !== role.data_scope)) {
      throw new AppError('BUILTIN_ROLE', 409, 'access.builtinRole');
    }
    const kind = kindFor(permissions);
    if (kind && kind !== role.admin_kind) {
      await assertSeparation(w.tx, await holdersOfRole(w.tx, id), kind, id);
      const postGrant = await w.tx.selectFrom('grants').select('id').where('role_id', '=', id).where('grantee_type', '=', 'post').executeTakeFirst();
      if (postGrant) throw new AppError('ADMIN_ROLE_TO_POST', 409, 'access.adminRoleToPost');
    }
    const updated: Role = {
      ...role,
      name: input.name ?? role.name,
      description: input.description ?? role.description,
      permissions: JSON.stringify(permissions),
      data_scope: dataScope,
      admin_kind: kind,
      require_2fa: input.require2fa === undefined ? role.require_2fa : input.require2fa ? 1 : 0,
      updated_at: nowIso(),
    };
    await w.tx.updateTable('roles').set(updated).where('id', '=', id).execute();
    w.audit({
      action: 'access.role.update',
      targetType: 'role',
      targetId: id,
      summary: `修改角色「${updated.name}」（${role.code}）`,
      detail: { before: { permissions: before, dataScope: role.data_scope }, after: { permissions, dataScope } },
    });
    const count = await w.tx.selectFrom('grants').select((eb) => eb.fn.countAll<number>().as('n')).where('role_id', '=', id).executeTakeFirstOrThrow();
    return presentRole(updated, Number(count.n));
  });
}

export async function deleteRole(core: Core, ctx: Ctx, caller: Caller, id: string): Promise<void> {
  mayManageRoles(caller);
  await command(core, ctx, async (w) => {
    const role = await w.tx.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!role) throw notFound();
    if (role.builtin) throw new AppError('BUILTIN_ROLE', 409, 'access.builtinRole');
    const granted = await w.tx.selectFrom('grants').select('id').where('role_id', '=', id).executeTakeFirst();
    if (granted) throw conflict('ROLE_IN_USE', 'access.roleInUse');
    await w.tx.deleteFrom('roles').where('id', '=', id).execute();
    w.audit({ action: 'access.role.delete', targetType: 'role', targetId: id, summary: `删除角色「${role.name}」（${role.code}）` });
  });
}
