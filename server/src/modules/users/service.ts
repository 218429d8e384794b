import { endSessionsOf } from '../../platform/auth/session.js';
import { command, type Work } from '../../platform/command.js';
import type { Core, Ctx } from '../../platform/context.js';
import type { User } from '../../platform/db/schema.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { nowIso } from '../../platform/util.js';
import type { Caller } from '../access/index.js';
import { setPassword } from '../auth/password.js';
import { initialPassword, insertLogin } from '../auth/accounts.js';
import { mayDisable, mayManageUsers } from './policy.js';
import type { UserCreate } from './schema.js';

export async function findUserByUsername(core: Core, username: string): Promise<User | undefined> {
  return core.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/**
 * Creates an account; without a password a random initial one is made and must be changed at first
 * login. A given password is checked against the policy all the same.
 */
export async function createUser(core: Core, ctx: Ctx, caller: Caller, input: UserCreate, password?: string) {
  mayManageUsers(caller);
  return command(core, ctx, async (w) => {
    if (input.personId) {
      const person = await w.tx.selectFrom('people').select('id').where('id', '=', input.personId).executeTakeFirst();
      if (!person) throw new AppError('PERSON_NOT_FOUND', 422, 'error.notFound', {}, { personId: { key: 'error.notFound' } });
      const linked = await w.tx.selectFrom('users').select('id').where('person_id', '=', input.personId).executeTakeFirst();
      if (linked) throw conflict('PERSON_LINKED', 'user.personLinked');
    }
    const { userId: id, password: chosen } = await insertLogin(w.tx, core.config, {
      personId: input.personId ?? null,
      username: input.username,
      displayName: input.displayName,
      password,
    });
    w.audit({
      action: 'user.create',
      targetType: 'user',
      targetId: id,
      summary: `新建账号：${input.displayName}（${input.username}）`,
      detail: { username: input.username, personId: input.personId ?? null },
    });
    return { id, initialPassword: chosen };
  });
}

/** Loads the account, runs the change and records it; every account command goes through here. */
async function onUser(
  core: Core,
  ctx: Ctx,
  id: string,
  action: string,
  summary: (u: User) => string,
  change: (w: Work, u: User) => Promise<void>,
): Promise<void> {
  await command(core, ctx, async (w) => {
    const user = await w.tx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!user) throw notFound();
    await change(w, user);
    w.audit({ action, targetType: 'user', targetId: id, summary: summary(user) });
  });
}

const label = (u: User) => `${u.display_name}（${u.username}）`;

/** A new password (random unless given) that must be changed at next login; unlocks and ends the person's sessions. */
export async function resetPassword(core: Core, ctx: Ctx, caller: Caller, id: string, password?: string) {
  mayManageUsers(caller);
  let chosen = '';
  await onUser(core, ctx, id, 'user.password.reset', (u) => `重置密码：${label(u)}`, async (w, u) => {
    chosen = password ?? initialPassword(u.username, core.config.password);
    await setPassword(w.tx, core.config, u, chosen, { mustChange: true });
    await w.tx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
    await endSessionsOf(w.tx, id);
  });
  return { initialPassword: chosen };
}

export async function unlockUser(core: Core, ctx: Ctx, caller: Caller, id: string): Promise<void> {
  mayManageUsers(caller);
  await onUser(core, ctx, id, 'user.unlock', (u) => `解除锁定：${label(u)}`, async (w) => {
    await w.tx.updateTable('users').set({ failed_logins: 0, locked_until: null, updated_at: nowIso() }).where('id', '=', id).execute();
  });
}

export async function disableUser(core: Core, ctx: Ctx, caller: Caller, id: string): Promise<void> {
  mayDisable(caller, id);
  await onUser(core, ctx, id, 'user.disable', (u) => `停用账号：${label(u)}`, async (w) => {
    await w.tx.updateTable('users').set({ status: 'disabled', updated_at: nowIso() }).where('id', '=', id).execute();
    await endSessionsOf(w.tx, id);
  });
}

export async function enableUser(core: Core, ctx: Ctx, caller: Caller, id: string): Promise<void> {
  mayManageUsers(caller);
  await onUser(core, ctx, id, 'user.enable', (u) => `启用账号：${label(u)}`, async (w) => {
    await w.tx.updateTable('users').set({ status: 'active', updated_at: nowIso() }).where('id', '=', id).execute();
  });
}

/** Clears the authenticator and recovery codes, e.g. after a lost phone; the person enrols again. */
export async function resetTotp(core: Core, ctx: Ctx, caller: Caller, id: string): Promise<void> {
  mayManageUsers(caller);
  await onUser(core, ctx, id, 'user.totp.reset', (u) => `重置动态口令：${label(u)}`, async (w) => {
    await w.tx
      .updateTable('users')
      .set({ totp_secret: null, totp_pending_secret: null, totp_enabled: 0, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    await w.tx.deleteFrom('recovery_codes').where('user_id', '=', id).execute();
  });
}
