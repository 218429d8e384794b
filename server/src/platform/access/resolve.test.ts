import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { threeAdmins } from '../../modules/access/fixtures.js';
import { createTestApp, createUser, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';
import { isoAfter, newId, nowIso } from '../util.js';
import { loadAccess } from './resolve.js';

describeEachDialect('access cache', (dialect) => {
  let t: TestApp;
  let sec: Session;
  let alice: Session;
  let aliceId: string;
  let roleIds: Record<string, string>;
  let deptId: string;
  let postId: string;
  let personId: string;

  const version = async () =>
    (await t.core.db.selectFrom('settings').select('value').where('key', '=', 'access.version').executeTakeFirstOrThrow()).value;
  const peopleStatus = async () => (await alice.req('GET', '/api/people?page=1&pageSize=20')).statusCode;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await threeAdmins(t.core);
    const now = nowIso();
    deptId = newId();
    postId = newId();
    personId = newId();
    await t.core.db.insertInto('departments').values({ id: deptId, parent_id: null, path: `/${deptId}/`, name: '办公室', code: null, sort_order: 0, enabled: 1, created_at: now, updated_at: now }).execute();
    await t.core.db.insertInto('posts').values({ id: postId, name: '科员', code: 'keyuan', description: '', sort_order: 0, enabled: 1, created_at: now, updated_at: now }).execute();
    await t.core.db
      .insertInto('people')
      .values({ id: personId, name: '李四', employee_no: 'E001', name_pinyin: 'lisi', name_initials: 'ls', gender: null, department_id: deptId, post_id: null, phone: '', email: '', clearance: 'public', status: 'active', joined_on: null, left_on: null, sort_order: 0, created_at: now, updated_at: now })
      .execute();
    aliceId = (await createUser(t.core, { username: 'alice', personId })).id;
    [sec, alice] = await Promise.all([login(t.app, 'secadmin'), login(t.app, 'alice')]);
    const roles = (await sec.req('GET', '/api/roles')).json().items as { id: string; code: string }[];
    roleIds = Object.fromEntries(roles.map((r) => [r.code, r.id]));
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => t.close());

  it('keeps a user’s access while nothing changes', async () => {
    const first = await loadAccess(t.core.db, aliceId, personId);
    expect(await loadAccess(t.core.db, aliceId, personId)).toBe(first);
  });

  it('sees a grant and its revocation made through the API on the very next request', async () => {
    expect(await peopleStatus()).toBe(403);
    const grant = await sec.req('POST', '/api/grants', { roleId: roleIds['unit-leader'], granteeType: 'user', granteeId: aliceId });
    expect(grant.statusCode).toBe(200);
    expect(await peopleStatus()).toBe(200);
    expect((await sec.req('DELETE', `/api/grants/${grant.json().id}`)).statusCode).toBe(200);
    expect(await peopleStatus()).toBe(403);
  });

  it('drops a temporary grant at its expiry, before the expiry job has run', async () => {
    const grant = await sec.req('POST', '/api/grants', { roleId: roleIds['unit-leader'], granteeType: 'user', granteeId: aliceId, expiresAt: isoAfter(60_000) });
    expect(grant.statusCode).toBe(200);
    expect(await peopleStatus()).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    expect(await peopleStatus()).toBe(403);
    vi.useRealTimers();
    expect((await sec.req('DELETE', `/api/grants/${grant.json().id}`)).statusCode).toBe(200);
  });

  it('sees a change written straight to the database, as by another node or the CLI', async () => {
    await t.core.db
      .insertInto('grants')
      .values({ id: newId(), role_id: roleIds['dept-head']!, grantee_type: 'post', grantee_id: postId, expires_at: null, granted_by: null, created_at: nowIso() })
      .execute();
    expect(await peopleStatus()).toBe(403);
    await t.core.db.updateTable('people').set({ post_id: postId }).where('id', '=', personId).execute();
    expect(await peopleStatus()).toBe(200);
    await t.core.db.updateTable('roles').set({ permissions: '[]' }).where('id', '=', roleIds['dept-head']!).execute();
    expect(await peopleStatus()).toBe(403);
  });

  it('changes the access version on every write access is computed from, and on no other', async () => {
    const bumps = async (write: () => Promise<unknown>) => {
      const before = await version();
      await write();
      return (await version()) !== before;
    };
    const db = t.core.db;
    const now = nowIso();
    const grantId = newId();
    expect(await bumps(() => db.insertInto('grants').values({ id: grantId, role_id: roleIds['auditor']!, grantee_type: 'user', grantee_id: newId(), expires_at: null, granted_by: null, created_at: now }).execute())).toBe(true);
    expect(await bumps(() => db.updateTable('grants').set({ expires_at: isoAfter(3_600_000) }).where('id', '=', grantId).execute())).toBe(true);
    expect(await bumps(() => db.deleteFrom('grants').where('id', '=', grantId).execute())).toBe(true);
    expect(await bumps(() => db.updateTable('roles').set({ require_2fa: 0 }).where('id', '=', roleIds['auditor']!).execute())).toBe(true);
    expect(await bumps(() => db.updateTable('people').set({ department_id: deptId }).where('id', '=', personId).execute())).toBe(true);
    expect(await bumps(() => db.updateTable('people').set({ status: 'active' }).where('id', '=', personId).execute())).toBe(true);
    expect(await bumps(() => db.insertInto('person_departments').values({ person_id: personId, department_id: deptId, post_id: null }).execute())).toBe(true);
    expect(await bumps(() => db.deleteFrom('person_departments').where('person_id', '=', personId).execute())).toBe(true);
    expect(await bumps(() => db.updateTable('users').set({ person_id: personId }).where('id', '=', aliceId).execute())).toBe(true);
    expect(await bumps(() => db.updateTable('people').set({ phone: '13800000000' }).where('id', '=', personId).execute())).toBe(false);
    expect(await bumps(() => db.updateTable('users').set({ locale: 'en' }).where('id', '=', aliceId).execute())).toBe(false);
    expect(await bumps(() => sql`SELECT 1`.execute(db))).toBe(false);
  });
});
