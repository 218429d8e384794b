import { randomInt } from 'node:crypto';
import type { Config } from '../../config.js';
import { endSessionsOf } from '../../platform/auth/session.js';
import { command, type Work } from '../../platform/command.js';
import type { Core, Ctx } from '../../platform/context.js';
import type { User } from '../../platform/db/schema.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/util.js';
import type { Caller } from '../access/index.js';
import { policyProblems, setPassword } from '../auth/password.js';
import { mayDisable, mayManageUsers } from './policy.js';
import type { UserCreate } from './schema.js';

const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '@#%+=!?'];

/** A random initial password meeting the policy: every character class, at least 12 characters. */
export function initialPassword(username: string, policy: Config['password']): string {
  for (;;) {
    const length = Math.max(12, policy.minLength);
    const chars = CLASSES.map((c) => c[randomInt(c.length)]!);
    const all = CLASSES.join('');
    while (chars.length < length) chars.push(all[randomInt(all.length)]!);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (!policyProblems(password, username, policy).length) return password;
  }
}

export async function findUserByUsername(core: Core, username: string): Promise<User | undefined> {
  return core.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/**
 * Creates an account; without a password a random initial one is made and must be changed at first
 * login. A given password is checked against the policy all the same.
 */
export async function createUser(core: Core, ctx: Ctx, caller: Caller, input: UserCreate, password?: string) {
  mayManageUsers(caller);
  const chosen = password ?? initialPassword(input.username, core.config.password);
  return command(core, ctx, async (w) => {
    if (await w.tx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst()) {
      throw conflict('USERNAME_TAKEN', 'org.usernameTaken', { username: input.username });
    }
    if (input.personId) {
      const person = await w.tx.selectFrom('people').select('id').where('id', '=', input.personId).executeTakeFirst();
      if (!person) throw new AppError('PERSON_NOT_FOUND', 422, 'error.notFound', {}, { personId: { key: 'error.notFound' } });
      const linked = await w.tx.selectFrom('users').select('id').where('person_id', '=', input.personId).executeTakeFirst();
      if (linked) throw conflict('PERSON_LINKED', 'user.personLinked');
    }
    const id = newId();
    const now = nowIso();
    await w.tx
      .insertInto('users')
      .values({
        id,
        person_id: input.personId ?? null,
        username: input.username,
        display_name: input.displayName,
        password_hash: '',
        must_change_password: 1,
        status: 'active',
        failed_logins: 0,
        totp_enabled: 0,
        locale: 'zh-CN',
        channels: '["inApp"]',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await setPassword(w.tx, core.config, { id, username: input.username }, chosen, { mustChange: password === undefined });
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
