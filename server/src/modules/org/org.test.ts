import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createUser, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';
import { ensureBuiltinRoles } from '../../platform/access/builtin.js';
import { newId, nowIso } from '../../platform/util.js';
import { verifyChain } from '../../platform/audit/log.js';
import { registerHandoverHook } from './index.js';

describeEachDialect('org', (dialect) => {
  let t: TestApp;
  let admin: Session;
  const ids: Record<string, string> = {};

  const ok = async (res: Promise<{ statusCode: number; body: string; json(): any }>) => {
    const r = await res;
    if (r.statusCode !== 200) throw new Error(`${r.statusCode} ${r.body}`);
    return r.json();
  };
  const dept = async (name: string, parentId: string | null, code?: string) =>
    (await ok(admin.req('POST', '/api/departments', { parentId, name, ...(code ? { code } : {}) }))).id as string;
  const post = async (name: string, code: string) => (await ok(admin.req('POST', '/api/posts', { name, code }))).id as string;
  const join = (body: Record<string, unknown>) => ok(admin.req('POST', '/api/people', body));
  const permissionsOf = async (s: Session) => (await ok(s.req('GET', '/api/auth/me'))).permissions as string[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await createUser(t.core, { username: 'orgadmin', permissions: ['org.read', 'org.manage', 'user.manage'], adminKind: 'system' });
    await createUser(t.core, { username: 'secofficer', permissions: ['org.read', 'clearance.manage'], adminKind: 'security' });
    await createUser(t.core, { username: 'nobody' });
    admin = await login(t.app, 'orgadmin');
    ids.root = await dept('市政府办公室', null, 'root');
    ids.a = await dept('秘书科', ids.root, 'sec');
    ids.a1 = await dept('文印组', ids.a);
    ids.b = await dept('综合科', ids.root, 'gen');
    ids.chief = await post('科长', 'section-chief');
    ids.clerk = await post('科员', 'clerk');
    ids.director = await post('主任', 'director');
    const roles = await ensureBuiltinRoles(t.core.db);
    const now = nowIso();
    await t.core.db
      .insertInto('grants')
      .values([
        { id: newId(), role_id: roles['dept-head']!, grantee_type: 'post', grantee_id: ids.chief, expires_at: null, granted_by: null, created_at: now },
        { id: newId(), role_id: roles['unit-leader']!, grantee_type: 'post', grantee_id: ids.director, expires_at: null, granted_by: null, created_at: now },
      ])
      .execute();
  });
  afterAll(() => t.close());

  it('moves a department, refusing cycles and rewriting the subtree paths', async () => {
    const cycle = await admin.req('POST', `/api/departments/${ids.a}/move`, { parentId: ids.a1 });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().error.fields.parentId).toContain('下级');
    expect((await admin.req('POST', `/api/departments/${ids.a}/move`, { parentId: ids.a })).statusCode).toBe(422);
    await ok(admin.req('POST', `/api/departments/${ids.a}/move`, { parentId: ids.b, sortOrder: 5 }));
    const a1 = await t.core.db.selectFrom('departments').select('path').where('id', '=', ids.a1).executeTakeFirstOrThrow();
    expect(a1.path).toBe(`/${ids.root}/${ids.b}/${ids.a}/${ids.a1}/`);
    const tree = await ok(admin.req('GET', '/api/departments/tree'));
    expect(tree[0].children.find((c: any) => c.id === ids.b).children[0]).toMatchObject({ id: ids.a, sortOrder: 5, children: [{ id: ids.a1 }] });
    await ok(admin.req('POST', `/api/departments/${ids.a}/move`, { parentId: ids.root }));
    expect((await admin.req('POST', '/api/departments', { parentId: ids.root, name: '秘书科' })).statusCode).toBe(409);
  });

  it('joins people, with a login whose initial password must be changed', async () => {
    const joined = await join({ name: '孙七', employeeNo: 'E000', departmentId: ids.root, username: 'sunqi' });
    expect(joined.initialPassword).toMatch(/^.{12,}$/);
    const s = await login(t.app, 'sunqi', joined.initialPassword);
    expect((await s.req('GET', '/api/auth/me')).json().pending).toBe('changePassword');
    ids.head = (await join({ name: '张三', employeeNo: 'E001', departmentId: ids.a, postId: ids.chief, phone: '13800000001' })).id;
    ids.clerkA = (await join({ name: '李四', employeeNo: 'E002', departmentId: ids.a, postId: ids.clerk })).id;
    ids.clerkB = (await join({ name: '王五', employeeNo: 'E003', departmentId: ids.b, postId: ids.clerk, partTime: [{ departmentId: ids.a1 }] })).id;
    ids.boss = (await join({ name: '赵六', employeeNo: 'E004', departmentId: ids.root, postId: ids.director })).id;
    const taken = await admin.req('POST', '/api/people', { name: '重号', employeeNo: 'E001', departmentId: ids.a });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('EMPLOYEE_NO_TAKEN');
    const person = await ok(admin.req('GET', `/api/people/${ids.clerkB}`));
    expect(person).toMatchObject({ departmentName: '综合科', postName: '科员', partTime: [{ departmentId: ids.a1, departmentName: '文印组' }] });
    const disable = await admin.req('POST', `/api/departments/${ids.a}/disable`);
    expect(disable.json().error.code).toBe('DEPARTMENT_NOT_EMPTY');
  });

  it('filters the ledger by the caller\'s data scope', async () => {
    await createUser(t.core, { username: 'head', personId: ids.head });
    await createUser(t.core, { username: 'boss', personId: ids.boss });
    const head = await login(t.app, 'head');
    const mine = await ok(head.req('GET', '/api/people'));
    expect(mine.items.map((p: any) => p.name).sort()).toEqual(['张三', '李四']);
    expect((await head.req('GET', `/api/people/${ids.clerkB}`)).statusCode).toBe(404);
    const boss = await login(t.app, 'boss');
    expect((await ok(boss.req('GET', '/api/people?pageSize=50'))).total).toBe(5);
    const subtree = await ok(admin.req('GET', `/api/people?departmentId=${ids.a}&includeSub=true`));
    expect(subtree.total).toBe(3);
    const nobody = await login(t.app, 'nobody');
    expect((await nobody.req('GET', '/api/people')).statusCode).toBe(403);
    expect((await nobody.req('POST', '/api/departments', { parentId: null, name: 'x' })).statusCode).toBe(403);
  });

  it('finds people by name, pinyin and initials in the ledger and the address book', async () => {
    expect((await ok(admin.req('GET', '/api/people?q=zhangsan'))).items.map((p: any) => p.name)).toEqual(['张三']);
    expect((await ok(admin.req('GET', '/api/people?q=ZS'))).items.map((p: any) => p.name)).toEqual(['张三']);
    const nobody = await login(t.app, 'nobody');
    const book = await ok(nobody.req('GET', '/api/addressbook?q=ww'));
    expect(book.items).toEqual([{ id: ids.clerkB, name: '王五', departmentName: '综合科', postName: '科员', phone: '', email: '' }]);
    expect((await ok(nobody.req('GET', '/api/addressbook?q=1380000000'))).total).toBe(1);
    expect((await ok(nobody.req('GET', '/api/addressbook?q=%25'))).total).toBe(0);
    const chart = await ok(nobody.req('GET', '/api/org-chart'));
    expect(chart[0].head).toMatchObject({ name: '赵六', postName: '主任' });
    expect(chart[0].children.find((c: any) => c.id === ids.a)).toMatchObject({ peopleCount: 2, head: { name: '张三' } });
  });

  it('gives a transferred person the roles of the new post at once', async () => {
    await createUser(t.core, { username: 'lisi', personId: ids.clerkA });
    const s = await login(t.app, 'lisi');
    expect(await permissionsOf(s)).not.toContain('org.read');
    await ok(admin.req('POST', `/api/people/${ids.clerkA}/transfer`, { departmentId: ids.b, postId: ids.chief }));
    expect(await permissionsOf(s)).toContain('org.read');
    const audit = await t.core.db.selectFrom('audit_log').selectAll().where('action', '=', 'org.person.transfer').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail)).toMatchObject({ from: { departmentName: '秘书科', postName: '科员' }, to: { departmentName: '综合科', postName: '科长' } });
  });

  it('on leaving, disables the login, ends sessions and runs the hand-over hooks in the transaction', async () => {
    const calls: string[] = [];
    registerHandoverHook('test', async (w, personId) => {
      const p = await w.tx.selectFrom('people').select('status').where('id', '=', personId).executeTakeFirstOrThrow();
      calls.push(`${personId}:${p.status}`);
    });
    const s = await login(t.app, 'lisi');
    await ok(admin.req('POST', `/api/people/${ids.clerkA}/leave`, { reason: '调出' }));
    expect(calls).toEqual([`${ids.clerkA}:left`]);
    expect((await s.req('GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lisi', password: 'Test@Pass2026' } });
    expect(again.json().error.code).toBe('ACCOUNT_DISABLED');
    expect((await admin.req('POST', `/api/people/${ids.clerkA}/leave`, {})).statusCode).toBe(409);
    expect((await ok(admin.req('GET', '/api/people?status=left'))).items.map((p: any) => p.name)).toEqual(['李四']);
  });

  it('lets only the security officer change a clearance', async () => {
    expect((await admin.req('PUT', `/api/people/${ids.head}/clearance`, { clearance: 'secret' })).statusCode).toBe(403);
    const sec = await login(t.app, 'secofficer');
    await ok(sec.req('PUT', `/api/people/${ids.head}/clearance`, { clearance: 'secret' }));
    expect((await ok(admin.req('GET', '/api/people?clearance=secret'))).items.map((p: any) => p.name)).toEqual(['张三']);
  });

  it('updates a person and recomputes the pinyin', async () => {
    await ok(admin.req('PUT', `/api/people/${ids.clerkB}`, { name: '王小五', email: 'wxw@example.gov.cn' }));
    expect((await ok(admin.req('GET', '/api/people?q=wangxiaowu'))).total).toBe(1);
    expect((await admin.req('PUT', `/api/people/${ids.clerkB}`, { employeeNo: 'E001' })).statusCode).toBe(409);
  });

  it('answers bad payloads with 400 and field messages', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/departments', { parentId: null, name: '新部门', colour: 'red' }, 'colour'],
      ['POST', '/api/departments', { parentId: null, name: 'x'.repeat(65) }, 'name'],
      ['POST', '/api/people', { name: '张\u0007三', employeeNo: 'E9', departmentId: ids.a }, 'name'],
      ['POST', '/api/people', { name: '张三', employeeNo: 9, departmentId: ids.a }, 'employeeNo'],
      ['POST', '/api/posts', { name: '岗位', code: 'has space' }, 'code'],
      ['PUT', `/api/people/${ids.head}/clearance`, { clearance: 'ultra' }, 'clearance'],
      ['GET', '/api/people?pageSize=5000', undefined, 'pageSize'],
    ];
    for (const [method, url, body, field] of cases) {
      const res = await admin.req(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(400);
      expect(Object.keys(res.json().error.fields)).toContain(field);
    }
    expect((await admin.req('GET', '/api/people/not-a-uuid')).statusCode).toBe(400);
  });

  it('keeps the audit chain intact', async () => {
    expect(await verifyChain(t.core.db)).toMatchObject({ ok: true });
  });
});
