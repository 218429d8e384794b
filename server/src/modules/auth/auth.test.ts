import { afterAll, beforeAll, expect, it } from 'vitest';
import * as OTPAuth from 'otpauth';
import { createTestApp, createUser, describeEachDialect, login, TEST_PASSWORD, type TestApp } from '../../test/harness.js';
import { verifyChain } from '../../platform/audit/log.js';

const totpNow = (secret: string) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate();

describeEachDialect('auth', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await createUser(t.core, { username: 'alice' });
    await createUser(t.core, { username: 'bob', mustChange: true });
    await createUser(t.core, { username: 'carol' });
    await createUser(t.core, { username: 'dave' });
  });
  afterAll(() => t.close());

  it('logs in, reports me, and logs out', async () => {
    const s = await login(t.app, 'alice');
    const me = await s.req('GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('alice');
    expect(me.headers['x-request-id']).toBeTruthy();
    expect((await s.req('POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await s.req('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('rejects an unsafe request without the CSRF token', async () => {
    const s = await login(t.app, 'alice');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it('forces a password change first and enforces the policy and history', async () => {
    const s = await login(t.app, 'bob');
    expect((await s.req('GET', '/api/auth/login-history')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await s.req('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.fields.newPassword).toContain('至少');
    const reused = await s.req('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Kite#Lamp2026' });
    expect(reused.statusCode).toBe(200);
    const s2 = await login(t.app, 'bob', 'Kite#Lamp2026');
    const again = await s2.req('POST', '/api/auth/password', { currentPassword: 'Kite#Lamp2026', newPassword: 'Kite#Lamp2026' });
    expect(again.json().error.code).toBe('PASSWORD_REUSED');
    expect((await s2.req('GET', '/api/auth/login-history')).json().total).toBeGreaterThanOrEqual(2);
  });

  it('locks the account after five failures', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'carol', password: 'wrong' } });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'carol', password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
  });

  it('enrols TOTP and then requires it, accepting a recovery code once', async () => {
    const s = await login(t.app, 'dave');
    const setup = (await s.req('POST', '/api/auth/totp/setup')).json();
    expect(setup.qr).toMatch(/^data:image\/png;base64,/);
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\//);
    const enable = await s.req('POST', '/api/auth/totp/enable', { code: totpNow(setup.secret) });
    expect(enable.statusCode).toBe(200);
    const codes: string[] = enable.json().recoveryCodes;
    expect(codes).toHaveLength(10);
    const noCode = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'dave', password: TEST_PASSWORD } });
    expect(noCode.json().error.code).toBe('TOTP_REQUIRED');
    await login(t.app, 'dave', TEST_PASSWORD, totpNow(setup.secret));
    await login(t.app, 'dave', TEST_PASSWORD, codes[0]);
    const reuse = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'dave', password: TEST_PASSWORD, totp: codes[0] } });
    expect(reuse.json().error.code).toBe('TOTP_INVALID');
  });

  it('keeps an intact SM3 audit chain of all of it', async () => {
    const result = await verifyChain(t.core.db);
    expect(result).toMatchObject({ ok: true });
    const actions = await t.core.db.selectFrom('audit_log').select('action').distinct().execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.logout', 'auth.password.change', 'auth.totp.enable']));
  });
});
