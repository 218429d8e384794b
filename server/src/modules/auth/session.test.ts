import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createUser, describeEachDialect, login, type TestApp } from '../../test/harness.js';
import { newId, nowIso } from '../../platform/util.js';
import { SESSION_COOKIE, loadSession } from '../../platform/auth/session.js';
import { preparedQuery } from '../../platform/db/prepared.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeEachDialect('sessions and per-role second factor', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { session: { idleMs: 300, absoluteMs: 3_600_000 } });
    await createUser(t.core, { username: 'idle' });
    const { id } = await createUser(t.core, { username: 'officer', permissions: ['org.read'] });
    // A role that demands a second factor, granted to the officer.
    const roleId = newId();
    await t.core.db
      .insertInto('roles')
      .values({ id: roleId, code: 'needs-2fa', name: '需动态口令', description: '', permissions: '[]', data_scope: 'self', admin_kind: null, builtin: 0, require_2fa: 1, created_at: nowIso(), updated_at: nowIso() })
      .execute();
    await t.core.db
      .insertInto('grants')
      .values({ id: newId(), role_id: roleId, grantee_type: 'user', grantee_id: id, expires_at: null, granted_by: null, created_at: nowIso() })
      .execute();
  });
  afterAll(() => t.close());

  it('ends a session left idle past the timeout and stores it server-side', async () => {
    const s = await login(t.app, 'idle');
    expect((await s.req('GET', '/api/auth/me')).statusCode).toBe(200);
    expect(await t.core.db.selectFrom('sessions').select('id').execute()).not.toHaveLength(0);
    await sleep(400);
    const res = await s.req('GET', '/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
  });

  it("reads a request's session without the account's password hash or TOTP secrets", async () => {
    const s = await login(t.app, 'idle');
    const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(s.cookie)![1]!;
    const loaded = await loadSession(t.core, token);
    expect(loaded?.user.username).toBe('idle');
    expect(loaded?.session.csrf_token).toBeTruthy();
    for (const secret of ['password_hash', 'totp_secret', 'totp_pending_secret']) expect(loaded!.user).not.toHaveProperty(secret);
    expect(loaded!.session).not.toHaveProperty('token_hash');
    expect(await loadSession(t.core, 'no-such-token')).toBeNull();
  });

  it('runs a prepared query with fresh parameters and refuses a wrong count', async () => {
    const byName = preparedQuery<[username: string], { id: string }>((db) => db.selectFrom('users').select('id').where('username', '=', ''));
    const [idle] = await byName(t.core.db, 'idle');
    const [officer] = await byName(t.core.db, 'officer');
    expect(idle?.id).toBeTruthy();
    expect(officer?.id).toBeTruthy();
    expect(officer?.id).not.toBe(idle?.id);
    const wrong = preparedQuery<[], { id: string }>((db) => db.selectFrom('users').select('id').where('username', '=', ''));
    await expect(wrong(t.core.db)).rejects.toThrow(/takes 1 parameters/);
  });

  it('checks a session kept from the last request as it checks one just read: CSRF, and a disabled account', async () => {
    const { id } = await createUser(t.core, { username: 'kept' });
    const s = await login(t.app, 'kept');
    expect((await s.req('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await s.req('GET', '/api/auth/me')).statusCode).toBe(200);
    const forged = await s.req('POST', '/api/auth/logout', undefined, { 'x-csrf-token': 'forged' });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CSRF_FAILED');
    expect((await s.req('GET', '/api/auth/me')).statusCode).toBe(200);
    // Disabled by a direct write, not a command: the epoch moves, so the next request reads again and ends the session.
    await t.core.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', id).execute();
    expect((await s.req('GET', '/api/auth/me')).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'idle', password: 'Test@Pass2026' } });
    const cookie = res.cookies[0]!;
    expect(cookie.httpOnly).toBe(true);
    expect(String(cookie.sameSite).toLowerCase()).toBe('lax');
  });

  it('holds a person whose role requires 2FA at enrolment until they enrol', async () => {
    const s = await login(t.app, 'officer');
    expect((await s.req('GET', '/api/auth/me')).json().pending).toBe('enrolTotp');
    const blocked = await s.req('GET', '/api/auth/login-history');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('TOTP_ENROLMENT_REQUIRED');
  });

  it('answers in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { username: 'nobody', password: 'x' },
    });
    expect(res.json().error.message).toBe('Wrong username or password');
  });
});
