import { command } from '../../platform/command.js';
import { systemCtx, type Core, type Ctx } from '../../platform/context.js';
import type { Db, Tx } from '../../platform/db/index.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { cancelJob, enqueue } from '../../platform/jobs/queue.js';
import { newId, nowIso } from '../../platform/util.js';
import { mayManageGrants, type Caller } from './policy.js';
import type { GrantCreate, GrantFilter } from './schema.js';
import { accountsReached, assertSeparation } from './separation.js';

export const GRANT_EXPIRE_JOB = 'grant.expire';
const expiryKey = (grantId: string) => `${GRANT_EXPIRE_JOB}:${grantId}`;

const GRANTEE_LABEL = { user: '账号', post: '岗位' } as const;

/** The grants query with the role and the grantee's name (an account's display name or a post's name). */
function grantsWithNames(db: Db | Tx) {
  return db
    .selectFrom('grants')
    .innerJoin('roles', 'roles.id', 'grants.role_id')
    .leftJoin('users', (j) => j.onRef('users.id', '=', 'grants.grantee_id').on('grants.grantee_type', '=', 'user'))
    .leftJoin('posts', (j) => j.onRef('posts.id', '=', 'grants.grantee_id').on('grants.grantee_type', '=', 'post'))
    .select([
      'grants.id',
      'grants.role_id as roleId',
      'roles.code as roleCode',
      'roles.name as roleName',
      'roles.admin_kind as adminKind',
      'grants.grantee_type as granteeType',
      'grants.grantee_id as granteeId',
      'users.display_name as userName',
      'posts.name as postName',
      'grants.expires_at as expiresAt',
      'grants.granted_by as grantedBy',
      'grants.created_at as createdAt',
    ]);
}

type GrantRow = Awaited<ReturnType<ReturnType<typeof grantsWithNames>['executeTakeFirstOrThrow']>>;

const presentGrant = ({ userName, postName, ...g }: GrantRow) => ({ ...g, granteeName: userName ?? postName ?? '' });

export async function listGrants(core: Core, caller: Caller, filter: GrantFilter) {
  mayManageGrants(caller);
  let q = grantsWithNames(core.db);
  if (filter.roleId) q = q.where('grants.role_id', '=', filter.roleId);
  if (filter.granteeType) q = q.where('grants.grantee_type', '=', filter.granteeType);
  if (filter.granteeId) q = q.where('grants.grantee_id', '=', filter.granteeId);
  const rows = await q.orderBy('roles.code').orderBy('grants.created_at').execute();
  return { items: rows.map(presentGrant) };
}

async function granteeName(tx: Tx, type: 'user' | 'post', id: string): Promise<string | undefined> {
  if (type === 'user') return (await tx.selectFrom('users').select('display_name').where('id', '=', id).executeTakeFirst())?.display_name;
  return (await tx.selectFrom('posts').select('name').where('id', '=', id).executeTakeFirst())?.name;
}

const fieldError = (code: string, key: 'error.notFound' | 'access.expiryInPast', field: string) =>
  new AppError(code, 422, key, {}, { [field]: { key } });

/**
 * Grants a role to an account or a post. 三员分立 holds: an administrator role goes only to a named
 * account, and never to one that already holds another administrator kind. A grant with an expiry
 * is revoked by a job at that time.
 */
export async function createGrant(core: Core, ctx: Ctx, caller: Caller, input: GrantCreate) {
  mayManageGrants(caller);
  const expiresAt = input.expiresAt ? new Date(input.expiresAt).toISOString() : null;
  if (expiresAt && Date.parse(expiresAt) <= Date.now()) throw fieldError('EXPIRY_IN_PAST', 'access.expiryInPast', 'expiresAt');
  return command(core, ctx, async (w) => {
    const role = await w.tx.selectFrom('roles').selectAll().where('id', '=', input.roleId).executeTakeFirst();
    if (!role) throw fieldError('ROLE_NOT_FOUND', 'error.notFound', 'roleId');
    const name = await granteeName(w.tx, input.granteeType, input.granteeId);
    if (name === undefined) throw fieldError('GRANTEE_NOT_FOUND', 'error.notFound', 'granteeId');
    const existing = await w.tx
      .selectFrom('grants')
      .select('id')
      .where('role_id', '=', role.id)
      .where('grantee_type', '=', input.granteeType)
      .where('grantee_id', '=', input.granteeId)
      .executeTakeFirst();
    if (existing) throw conflict('GRANT_EXISTS', 'access.grantExists');
    await assertSeparation(w.tx, await accountsReached(w.tx, input.granteeType, input.granteeId), role.admin_kind);
    if (role.admin_kind && input.granteeType === 'post') throw new AppError('ADMIN_ROLE_TO_POST', 409, 'access.adminRoleToPost');
    const id = newId();
    await w.tx
      .insertInto('grants')
      .values({
        id,
        role_id: role.id,
        grantee_type: input.granteeType,
        grantee_id: input.granteeId,
        expires_at: expiresAt,
        granted_by: ctx.actor?.userId ?? null,
        created_at: nowIso(),
      })
      .execute();
    if (expiresAt) await enqueue(w.tx, { kind: GRANT_EXPIRE_JOB, payload: { grantId: id }, runAt: expiresAt, uniqueKey: expiryKey(id) });
    w.audit({
      action: 'access.grant.create',
      targetType: 'grant',
      targetId: id,
      summary: `授予${GRANTEE_LABEL[input.granteeType]}「${name}」角色「${role.name}」${expiresAt ? `（临时，至 ${expiresAt}）` : ''}`,
      detail: { roleId: role.id, roleCode: role.code, granteeType: input.granteeType, granteeId: input.granteeId, expiresAt },
    });
    return presentGrant(await grantsWithNames(w.tx).where('grants.id', '=', id).executeTakeFirstOrThrow());
  });
}

/** Removes a grant and its pending expiry job, with an audit record; `how` says whether revoked or expired. */
async function removeGrant(core: Core, ctx: Ctx, id: string, how: 'delete' | 'expire'): Promise<boolean> {
  return command(core, ctx, async (w) => {
    const grant = await grantsWithNames(w.tx).where('grants.id', '=', id).executeTakeFirst();
    if (!grant) return false;
    await w.tx.deleteFrom('grants').where('id', '=', id).execute();
    await cancelJob(w.tx, expiryKey(id));
    const { granteeName: name, granteeType, roleName } = presentGrant(grant);
    w.audit({
      action: `access.grant.${how}`,
      targetType: 'grant',
      targetId: id,
      summary: `${how === 'expire' ? '临时授权到期收回' : '收回授权'}：${GRANTEE_LABEL[granteeType]}「${name}」角色「${roleName}」`,
      detail: { roleId: grant.roleId, granteeType, granteeId: grant.granteeId, expiresAt: grant.expiresAt },
    });
    return true;
  });
}

export async function deleteGrant(core: Core, ctx: Ctx, caller: Caller, id: string): Promise<void> {
  mayManageGrants(caller);
  if (!(await removeGrant(core, ctx, id, 'delete'))) throw notFound();
}

/** The 'grant.expire' job: the system revokes a temporary grant when it runs out. */
export async function expireGrant(core: Core, payload: Record<string, unknown>): Promise<void> {
  if (typeof payload.grantId !== 'string') return;
  await removeGrant(core, systemCtx('job:grant.expire'), payload.grantId, 'expire');
}
