import type { Core, Ctx } from '../../platform/context.js';
import { command, recordAudit } from '../../platform/command.js';
import { AppError, invalid, unauthenticated } from '../../platform/errors.js';
import type { User } from '../../platform/db/schema.js';
import { createSession, endSessionsOf } from '../../platform/auth/session.js';
import { epochCaches } from '../../platform/db/epoch-cache.js';
import type { Auth } from '../../platform/auth/hook.js';
import { pendingStep } from '../../platform/auth/hook.js';
import { isoAfter, newId, nowIso, parseJson } from '../../platform/util.js';
import { dummyVerify, setPassword, verifyPassword } from './password.js';
import { enrolmentQr, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpValid } from './totp.js';

type LoginOutcome = 'success' | 'badPassword' | 'unknownUser' | 'locked' | 'disabled' | 'totpRequired' | 'totpInvalid';

async function recordLogin(core: Core, ctx: Ctx, user: User | undefined, username: string, outcome: LoginOutcome) {
  await core.db
    .insertInto('login_history')
    .values({ id: newId(), user_id: user?.id ?? null, username, at: nowIso(), ip: ctx.ip, user_agent: ctx.userAgent.slice(0, 500), outcome })
    .execute();
  if (outcome !== 'success' && outcome !== 'totpRequired') {
    await recordAudit(core, ctx, {
      action: 'auth.login',
      targetType: 'user',
      targetId: user?.id ?? '',
      summary: `登录失败：${username}（${outcome}）`,
      outcome: 'failure',
      actorName: username,
      detail: { reason: outcome },
    });
  }
}

async function countFailure(core: Core, user: User): Promise<void> {
  const failures = user.failed_logins + 1;
  const lock = failures >= core.config.lockout.threshold;
  await core.db
    .updateTable('users')
    .set({ failed_logins: lock ? 0 : failures, locked_until: lock ? isoAfter(core.config.lockout.durationMs) : user.locked_until })
    .where('id', '=', user.id)
    .execute();
}

/** The account's password hash and TOTP secrets, which a request's session does not carry. */
const credentialsOf = (core: Core, auth: Auth) =>
  core.db
    .selectFrom('users')
    .select(['id', 'password_hash', 'totp_secret', 'totp_pending_secret'])
    .where('id', '=', auth.user.id)
    .executeTakeFirstOrThrow();

/** Checks a TOTP code or spends a recovery code. */
async function secondFactorOk(core: Core, user: Pick<User, 'id' | 'totp_secret'>, code: string): Promise<boolean> {
  if (user.totp_secret && totpValid(user.totp_secret, code)) return true;
  const spent = await core.db
    .updateTable('recovery_codes')
    .set({ used_at: nowIso() })
    .where('user_id', '=', user.id)
    .where('code_hash', '=', hashRecoveryCode(code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1;
}

export async function login(core: Core, ctx: Ctx, input: { username: string; password: string; totp?: string }) {
  const user = await core.db.selectFrom('users').selectAll().where('username', '=', input.username).executeTakeFirst();
  if (!user) {
    await dummyVerify(input.password);
    await recordLogin(core, ctx, undefined, input.username, 'unknownUser');
    throw unauthenticated('auth.badCredentials', 'BAD_CREDENTIALS');
  }
  if (user.locked_until && Date.parse(user.locked_until) > Date.now()) {
    await recordLogin(core, ctx, user, input.username, 'locked');
    const minutes = Math.ceil((Date.parse(user.locked_until) - Date.now()) / 60_000);
    throw new AppError('ACCOUNT_LOCKED', 423, 'auth.locked', { minutes });
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    await countFailure(core, user);
    await recordLogin(core, ctx, user, input.username, 'badPassword');
    throw unauthenticated('auth.badCredentials', 'BAD_CREDENTIALS');
  }
  if (user.status !== 'active') {
    await recordLogin(core, ctx, user, input.username, 'disabled');
    throw unauthenticated('auth.disabled', 'ACCOUNT_DISABLED');
  }
  if (user.totp_enabled) {
    if (!input.totp) {
      await recordLogin(core, ctx, user, input.username, 'totpRequired');
      throw unauthenticated('auth.totpRequired', 'TOTP_REQUIRED');
    }
    if (!(await secondFactorOk(core, user, input.totp))) {
      await countFailure(core, user);
      await recordLogin(core, ctx, user, input.username, 'totpInvalid');
      throw unauthenticated('auth.totpInvalid', 'TOTP_INVALID');
    }
  }
  const actorCtx: Ctx = { ...ctx, actor: { userId: user.id, username: user.username, displayName: user.display_name, personId: user.person_id } };
  const created = await command(core, actorCtx, async (w) => {
    await w.tx.updateTable('users').set({ failed_logins: 0, locked_until: null, last_login_at: nowIso() }).where('id', '=', user.id).execute();
    w.audit({ action: 'auth.login', targetType: 'user', targetId: user.id, summary: `登录：${user.display_name}` });
    return createSession(w.tx, core, user.id, { ip: ctx.ip, userAgent: ctx.userAgent, secondFactor: user.totp_enabled === 1 });
  });
  await recordLogin(core, ctx, user, input.username, 'success');
  return created;
}

export async function logout(core: Core, ctx: Ctx, auth: Auth): Promise<void> {
  await command(core, ctx, async (w) => {
    await w.tx.deleteFrom('sessions').where('id', '=', auth.session.id).execute();
    w.audit({ action: 'auth.logout', targetType: 'user', targetId: auth.user.id, summary: `退出登录：${auth.user.display_name}` });
    w.emit({ type: 'auth.loggedOut', payload: { sessionId: auth.session.id } });
  });
}

const personCard = (core: Core, personId: string) =>
  core.db
    .selectFrom('people')
    .leftJoin('departments', 'departments.id', 'people.department_id')
    .leftJoin('posts', 'posts.id', 'people.post_id')
    .select(['people.id', 'people.name', 'people.clearance', 'departments.name as departmentName', 'posts.name as postName'])
    .where('people.id', '=', personId)
    .executeTakeFirst();

/** The caller's person as the web app shows it, kept while the database is unchanged (the web app asks at every page load). */
const personCards = epochCaches<string, Awaited<ReturnType<typeof personCard>>>(10_000);

/** What the web app needs to know about the caller: identity, abilities, pending steps. */
export async function me(core: Core, auth: Auth) {
  const personId = auth.user.person_id;
  const person = personId ? await personCards(core.database).through(auth.epoch, personId, () => personCard(core, personId)) : undefined;
  return {
    user: {
      id: auth.user.id,
      username: auth.user.username,
      displayName: auth.user.display_name,
      locale: auth.user.locale,
      totpEnabled: auth.user.totp_enabled === 1,
      channels: parseJson<string[]>(auth.user.channels, ['inApp']),
      lastLoginAt: auth.user.last_login_at,
    },
    person: person ?? null,
    permissions: [...auth.access.permissions].sort(),
    roles: auth.access.roles,
    adminKinds: [...auth.access.adminKinds],
    pending: pendingStep(auth),
    csrfToken: auth.session.csrf_token,
  };
}

export async function changePassword(core: Core, ctx: Ctx, auth: Auth, input: { currentPassword: string; newPassword: string }) {
  if (!(await verifyPassword((await credentialsOf(core, auth)).password_hash, input.currentPassword))) {
    throw invalid('WRONG_PASSWORD', 'auth.wrongPassword', {}, { currentPassword: { key: 'auth.wrongPassword' } });
  }
  await command(core, ctx, async (w) => {
    await setPassword(w.tx, core.config, auth.user, input.newPassword, { mustChange: false });
    await endSessionsOf(w.tx, auth.user.id, auth.session.id);
    w.audit({ action: 'auth.password.change', targetType: 'user', targetId: auth.user.id, summary: `修改密码：${auth.user.display_name}` });
  });
}

export async function startTotp(core: Core, ctx: Ctx, auth: Auth) {
  if (auth.user.totp_enabled) throw invalid('TOTP_ALREADY_ENABLED', 'auth.totpAlreadyEnabled');
  const secret = newTotpSecret();
  await command(core, ctx, async (w) => {
    await w.tx.updateTable('users').set({ totp_pending_secret: secret, updated_at: nowIso() }).where('id', '=', auth.user.id).execute();
    w.audit({ action: 'auth.totp.start', targetType: 'user', targetId: auth.user.id, summary: `开始绑定动态口令：${auth.user.display_name}` });
  });
  return { secret, ...(await enrolmentQr(secret, auth.user.username)) };
}

export async function enableTotp(core: Core, ctx: Ctx, auth: Auth, code: string) {
  const secret = (await credentialsOf(core, auth)).totp_pending_secret;
  if (!secret) throw invalid('TOTP_NOT_STARTED', 'auth.totpNotStarted');
  if (!totpValid(secret, code)) throw invalid('TOTP_INVALID', 'auth.totpInvalid', {}, { code: { key: 'auth.totpInvalid' } });
  const codes = newRecoveryCodes();
  await command(core, ctx, async (w) => {
    await w.tx
      .updateTable('users')
      .set({ totp_secret: secret, totp_pending_secret: null, totp_enabled: 1, updated_at: nowIso() })
      .where('id', '=', auth.user.id)
      .execute();
    await w.tx.deleteFrom('recovery_codes').where('user_id', '=', auth.user.id).execute();
    await w.tx
      .insertInto('recovery_codes')
      .values(codes.map((c) => ({ id: newId(), user_id: auth.user.id, code_hash: hashRecoveryCode(c), used_at: null })))
      .execute();
    await w.tx.updateTable('sessions').set({ second_factor_at: nowIso() }).where('id', '=', auth.session.id).execute();
    w.audit({ action: 'auth.totp.enable', targetType: 'user', targetId: auth.user.id, summary: `启用动态口令：${auth.user.display_name}` });
  });
  return { recoveryCodes: codes };
}

export async function disableTotp(core: Core, ctx: Ctx, auth: Auth, input: { password: string; code: string }) {
  if (auth.access.require2fa) throw new AppError('TOTP_REQUIRED_BY_ROLE', 403, 'auth.totpEnrolmentRequired');
  const credentials = await credentialsOf(core, auth);
  if (!(await verifyPassword(credentials.password_hash, input.password))) {
    throw invalid('WRONG_PASSWORD', 'auth.wrongPassword', {}, { password: { key: 'auth.wrongPassword' } });
  }
  if (!(await secondFactorOk(core, credentials, input.code))) {
    throw invalid('TOTP_INVALID', 'auth.totpInvalid', {}, { code: { key: 'auth.totpInvalid' } });
  }
  await command(core, ctx, async (w) => {
    await w.tx
      .updateTable('users')
      .set({ totp_secret: null, totp_pending_secret: null, totp_enabled: 0, updated_at: nowIso() })
      .where('id', '=', auth.user.id)
      .execute();
    await w.tx.deleteFrom('recovery_codes').where('user_id', '=', auth.user.id).execute();
    w.audit({ action: 'auth.totp.disable', targetType: 'user', targetId: auth.user.id, summary: `停用动态口令：${auth.user.display_name}` });
  });
}

export async function updateProfile(core: Core, ctx: Ctx, auth: Auth, input: { locale?: string; channels?: string[] }) {
  await command(core, ctx, async (w) => {
    await w.tx
      .updateTable('users')
      .set({
        ...(input.locale ? { locale: input.locale } : {}),
        ...(input.channels ? { channels: JSON.stringify([...new Set(['inApp', ...input.channels])]) } : {}),
        updated_at: nowIso(),
      })
      .where('id', '=', auth.user.id)
      .execute();
    w.audit({ action: 'auth.profile.update', targetType: 'user', targetId: auth.user.id, summary: `修改个人设置：${auth.user.display_name}`, detail: input });
  });
}

export async function loginHistory(core: Core, auth: Auth, page: number, pageSize: number) {
  const base = core.db.selectFrom('login_history').where('user_id', '=', auth.user.id);
  const [items, total] = await Promise.all([
    base.select(['id', 'at', 'ip', 'user_agent as userAgent', 'outcome']).orderBy('at', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), page, pageSize };
}

export async function isDemo(core: Core): Promise<boolean> {
  const row = await core.db.selectFrom('settings').select('value').where('key', '=', 'demo').executeTakeFirst();
  return row?.value === 'true';
}

/**
 * 二次验证 within a session (before opening classified material): a fresh TOTP or recovery code
 * marks the session; a wrong one is recorded as a security alert for the security officer.
 */
export async function confirmSecondFactor(core: Core, ctx: Ctx, auth: Auth, code: string): Promise<{ at: string }> {
  if (!auth.user.totp_enabled) throw new AppError('TOTP_NOT_ENABLED', 409, 'auth.totpNotEnabled');
  if (!(await secondFactorOk(core, await credentialsOf(core, auth), code))) {
    await recordAudit(core, ctx, { action: 'security.alert.secondFactorFailed', targetType: 'user', targetId: auth.user.id, summary: `二次验证失败：${auth.user.display_name}` });
    throw invalid('TOTP_INVALID', 'auth.totpInvalid', {}, { code: { key: 'auth.totpInvalid' } });
  }
  const at = nowIso();
  await command(core, ctx, async (w) => {
    await w.tx.updateTable('sessions').set({ second_factor_at: at }).where('id', '=', auth.session.id).execute();
    w.audit({ action: 'auth.secondFactor', targetType: 'user', targetId: auth.user.id, summary: `二次验证：${auth.user.display_name}` });
  });
  return { at };
}
