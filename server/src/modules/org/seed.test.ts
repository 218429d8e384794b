import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDialect, login, type TestApp } from '../../test/harness.js';
import { seedDemo } from './seed.js';

describeEachDialect('org demo seed', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const tableCounts = async () => {
    const n = async (table: 'departments' | 'people' | 'users' | 'grants' | 'audit_log') =>
      Number((await t.core.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { departments: await n('departments'), people: await n('people'), users: await n('users'), grants: await n('grants'), audit: await n('audit_log') };
  };

  it('loads the demo unit once; a second run changes nothing', async () => {
    const first = await seedDemo(t.core);
    expect(first.departments).toBeGreaterThanOrEqual(8);
    expect(first.people).toBeGreaterThanOrEqual(40);
    const before = await tableCounts();
    expect(await seedDemo(t.core)).toEqual(first);
    expect(await tableCounts()).toEqual(before);
    expect(before.users).toBe(before.people);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/config' })).json().demo).toBe(true);
  });

  it('creates the three administrators, each holding only their built-in role', async () => {
    const password = t.core.config.demoPassword;
    for (const [username, role, kind] of [
      ['sysadmin', 'system-admin', 'system'],
      ['secadmin', 'security-admin', 'security'],
      ['auditor', 'auditor', 'audit'],
    ] as const) {
      const me = (await (await login(t.app, username, password)).req('GET', '/api/auth/me')).json();
      expect(me.pending).toBeNull();
      expect(me.roles.map((r: { code: string }) => r.code)).toEqual([role]);
      expect(me.adminKinds).toEqual([kind]);
      expect(me.person.name).toBeTruthy();
    }
  });

  it('grants roles through posts: leaders see everyone, a section chief their own department', async () => {
    const password = t.core.config.demoPassword;
    const leader = await login(t.app, 'wangjianguo', password);
    const all = (await leader.req('GET', '/api/people')).json();
    expect(all.total).toBeGreaterThanOrEqual(40);
    const chief = await login(t.app, 'zhangwei', password);
    const own = (await chief.req('GET', '/api/people?pageSize=100')).json();
    expect(new Set(own.items.map((p: { departmentName: string }) => p.departmentName))).toEqual(new Set(['秘书科']));
    const clerk = await login(t.app, 'huangxiaoyan', password);
    expect((await clerk.req('GET', '/api/people')).statusCode).toBe(403);
  });
});
