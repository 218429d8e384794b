import { parseArgs } from 'node:util';
import { ensureBuiltinRoles } from '../platform/access/builtin.js';
import { migrateToLatest } from '../platform/db/index.js';
import { systemCtx, type Core } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import { createGrant } from '../modules/access/index.js';
import { USERNAME } from '../modules/users/schema.js';
import { createUser, findUserByUsername, resetPassword, unlockUser } from '../modules/users/index.js';
import { UsageError } from './usage.js';

const ctx = () => systemCtx('cli');

function options(sub: string, args: string[], allowed: ('name' | 'password' | 'role')[]) {
  const all = { username: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' } } as const;
  let values: Partial<Record<keyof typeof all, string>>;
  try {
    values = parseArgs({ args, options: all, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(`user ${sub}: ${(error as Error).message}`);
  }
  for (const key of Object.keys(values)) {
    if (key !== 'username' && !allowed.includes(key as 'name')) throw new UsageError(`user ${sub}: --${key} is not an option here`);
  }
  if (!values.username) throw new UsageError(`user ${sub}: --username is required`);
  if (!USERNAME.test(values.username)) throw new UsageError(`user ${sub}: invalid username ${values.username}`);
  return { ...values, username: values.username };
}

async function existing(core: Core, username: string) {
  const user = await findUserByUsername(core, username);
  if (!user) throw new AppError('USER_NOT_FOUND', 404, 'user.notFound');
  return user;
}

const printPassword = (password: string, given: boolean) => {
  if (!given) console.log(`初始密码 initial password: ${password}\n（首次登录须修改 must be changed at first login）`);
};

/** `user create`: the account, and with --role that role granted (三员分立 enforced as in the API). */
export async function userCreate(core: Core, args: string[]): Promise<number> {
  const o = options('create', args, ['name', 'password', 'role']);
  if (!o.name?.trim()) throw new UsageError('user create: --name is required');
  let roleId: string | undefined;
  if (o.role) {
    await ensureBuiltinRoles(core.db);
    roleId = (await core.db.selectFrom('roles').select('id').where('code', '=', o.role).executeTakeFirst())?.id;
    if (!roleId) throw new UsageError(`user create: no role with code ${o.role}`);
  }
  const created = await createUser(core, ctx(), 'system', { username: o.username, displayName: o.name.trim() }, o.password);
  console.log(`已创建账号 created user ${o.username} (${created.id})`);
  if (roleId) {
    await createGrant(core, ctx(), 'system', { roleId, granteeType: 'user', granteeId: created.id });
    console.log(`已授予角色 granted role ${o.role}`);
  }
  printPassword(created.initialPassword, o.password !== undefined);
  return 0;
}

/** `user grant`: grants a role (built-in or existing) to an existing account. */
export async function userGrant(core: Core, args: string[]): Promise<number> {
  const o = options('grant', args, ['role']);
  if (!o.role) throw new UsageError('user grant: --role is required');
  await ensureBuiltinRoles(core.db);
  const role = await core.db.selectFrom('roles').select('id').where('code', '=', o.role).executeTakeFirst();
  if (!role) throw new UsageError(`user grant: no role with code ${o.role}`);
  const user = await existing(core, o.username);
  await createGrant(core, ctx(), 'system', { roleId: role.id, granteeType: 'user', granteeId: user.id });
  console.log(`已授予角色 granted role ${o.role} to ${o.username}`);
  return 0;
}

export async function userResetPassword(core: Core, args: string[]): Promise<number> {
  const o = options('reset-password', args, ['password']);
  const user = await existing(core, o.username);
  const { initialPassword } = await resetPassword(core, ctx(), 'system', user.id, o.password);
  console.log(`已重置密码 password reset for ${o.username}; 下次登录须修改 must be changed at next login`);
  printPassword(initialPassword, o.password !== undefined);
  return 0;
}

export async function userUnlock(core: Core, args: string[]): Promise<number> {
  const o = options('unlock', args, []);
  const user = await existing(core, o.username);
  await unlockUser(core, ctx(), 'system', user.id);
  console.log(`已解除锁定 unlocked ${o.username}`);
  return 0;
}

const SUBCOMMANDS: Record<string, (core: Core, args: string[]) => Promise<number>> = {
  create: userCreate,
  grant: userGrant,
  'reset-password': userResetPassword,
  unlock: userUnlock,
};

/** `tongban user …`; a refusal (unknown user, weak password, 三员分立) prints its message and exits 1. */
export async function userCommand(core: Core, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const run = sub ? SUBCOMMANDS[sub] : undefined;
  if (!run) throw new UsageError(`user: unknown subcommand ${sub ?? ''} (create, grant, reset-password, unlock)`);
  await migrateToLatest(core.database);
  try {
    return await run(core, rest);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const message = error.localized('zh-CN');
    const field = Object.values(error.fieldMessages('zh-CN') ?? {})[0];
    console.error(`${message}${field && field !== message ? `：${field}` : ''} (${error.code})`);
    return 1;
  }
}
