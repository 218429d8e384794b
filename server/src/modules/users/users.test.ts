import { afterAll, beforeAll, expect, it } from 'vitest';
import { isoAfter, newId, nowIso } from '../../platform/util.js';
import { createTestApp, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';
import { threeAdmins } from '../access/fixtures.js';

describeEachDialect('users', (dialect) => {
  let t: TestApp;
  let sys: Session;
  let ids: Awaited<ReturnType<typeof threeAdmins>>;
  let personId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ids = await threeAdmins(t.core);
    const now = nowIso();
    const deptId = newId();
    const postId = newId();
    personId = newId();
    await t.core.db.insertInto('departments').values({ id: deptId, parent_id: null, path: `/${deptId}/`, name: '综合科', code: null, sort_order: 0, enabled: 1, created_at: now, updated_at: now }).execute();
    await t.core.db.insertInto('posts').values({ id: postId, name: '科员', code: 'keyuan', description: '', sort_order: 0, enabled: 1, created_at: now, updated_at: now }).execute();
    await t.core.db
      .insertInto('people')
      .values({ id: personId, name: '李四', employee_no: 'E002', name_pinyin: 'lisi', name_initials: 'ls', gender: null, department_id: deptId, post_id: postId, phone: '', email: '', clearance: 'public', status: 'active', joined_on: null, left_on: null, sort_order: 0, created_at: now, updated_at: now })
      .execute();
    const leader = await t.core.db.selectFrom('roles').select('id').where('code', '=', 'unit-leader').executeTakeFirstOrThrow();
    await t.core.db.insertInto('grants').values({ id: newId(), role_id: leader.id, grantee_type: 'post', grantee_id: postId, expires_at: null, granted_by: null, created_at: now }).execute();
    sys = await login(t.app, 'sysadmin');
  });
  afterAll(() => t.close());

  it('creates an account linked to a person with a one-time password that must be changed', async () => {
    const res = await sys.req('POST', '/api/users', { username: 'lisi', displayName: '李四', personId });
    expect(res.statusCode).toBe(200);
    const { id, initialPassword } = res.json();
    expect(initialPassword).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d).{12,}$/);
    const s = await login(t.app, 'lisi', initialPassword);
    expect((await s.req('GET', '/api/auth/me')).json().pending).toBe('changePassword');
    expect((await sys.req('POST', '/api/users', { username: 'lisi', displayName: '重名' })).json().error.code).toBe('USERNAME_TAKEN');
    expect((await sys.req('POST', '/api/users', { username: 'lisi2', displayName: '李四', personId })).json().error.code).toBe('PERSON_LINKED');
    const list = await sys.req('GET', '/api/users?q=李');
    expect(list.json()).toMatchObject({ total: 1, page: 1 });
    expect(list.json().items[0]).toMatchObject({ id, personName: '李四', departmentName: '综合科', locked: false, totpEnabled: false, status: 'active' });
    expect(list.json().items[0].roles).toEqual([expect.objectContaining({ code: 'unit-leader', via: 'post', expiresAt: null })]);
    const admins = (await sys.req('GET', '/api/users?q=admin')).json().items;
    expect(admins.map((u: { username: string }) => u.username).sort()).toEqual(['secadmin', 'sysadmin']);
    expect(admins.find((u: { username: string }) => u.username === 'secadmin').roles[0]).toMatchObject({ code: 'security-admin', via: 'user' });
    expect((await sys.req('GET', '/api/users?q=%25')).json().total).toBe(0);
  });

  it('resets a password and ends the sessions; unlocks; disables and enables; resets TOTP', async () => {
    const user = await t.core.db.selectFrom('users').select('id').where('username', '=', 'auditor').executeTakeFirstOrThrow();
    const before = await login(t.app, 'auditor');
    const reset = await sys.req('POST', `/api/users/${user.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect((await before.req('GET', '/api/auth/me')).statusCode).toBe(401);
    const after = await login(t.app, 'auditor', reset.json().initialPassword);
    expect((await after.req('GET', '/api/auth/me')).json().pending).toBe('changePassword');

    await t.core.db.updateTable('users').set({ locked_until: isoAfter(600_000), failed_logins: 3 }).where('id', '=', user.id).execute();
    expect((await sys.req('GET', '/api/users?q=auditor')).json().items[0].locked).toBe(true);
    expect((await sys.req('POST', `/api/users/${user.id}/unlock`)).statusCode).toBe(200);
    expect((await sys.req('GET', '/api/users?q=auditor')).json().items[0].locked).toBe(false);

    expect((await sys.req('POST', `/api/users/${user.id}/disable`)).statusCode).toBe(200);
    expect((await after.req('GET', '/api/auth/me')).statusCode).toBe(401);
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'auditor', password: reset.json().initialPassword } });
    expect(refused.json().error.code).toBe('ACCOUNT_DISABLED');
    expect((await sys.req('GET', '/api/users?status=disabled')).json().items.map((u: { username: string }) => u.username)).toEqual(['auditor']);
    expect((await sys.req('POST', `/api/users/${user.id}/enable`)).statusCode).toBe(200);
    await login(t.app, 'auditor', reset.json().initialPassword);

    await t.core.db.updateTable('users').set({ totp_enabled: 1, totp_secret: 'ABC' }).where('id', '=', user.id).execute();
    expect((await sys.req('POST', `/api/users/${user.id}/reset-totp`)).statusCode).toBe(200);
    expect((await t.core.db.selectFrom('users').select(['totp_enabled', 'totp_secret']).where('id', '=', user.id).executeTakeFirstOrThrow())).toEqual({ totp_enabled: 0, totp_secret: null });

    const actions = (await t.core.db.selectFrom('audit_log').select('action').where('target_id', '=', user.id).where('action', 'like', 'user.%').orderBy('seq').execute()).map((a) => a.action);
    expect(actions).toEqual(['user.password.reset', 'user.unlock', 'user.disable', 'user.enable', 'user.totp.reset']);
  });

  it('refuses disabling oneself, unknown accounts and bad input', async () => {
    expect((await sys.req('POST', `/api/users/${ids.sysadmin.id}/disable`)).json().error.code).toBe('SELF_DISABLE');
    expect((await sys.req('POST', `/api/users/${newId()}/unlock`)).statusCode).toBe(404);
    const bad = await sys.req('POST', '/api/users', { username: 'a b', displayName: 'x\u0007', role: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['username', 'displayName', 'role']));
    expect((await sys.req('GET', '/api/users?pageSize=100000')).statusCode).toBe(400);
  });
});
