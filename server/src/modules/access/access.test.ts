import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorker } from '../../platform/jobs/setup.js';
import { isoAfter, newId, nowIso } from '../../platform/util.js';
import { createTestApp, createUser, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';
import { threeAdmins, userWithRole } from './fixtures.js';

describeEachDialect('access', (dialect) => {
  let t: TestApp;
  let sys: Session;
  let sec: Session;
  let aud: Session;
  let ids: Awaited<ReturnType<typeof threeAdmins>>;
  let roleIds: Record<string, string>;
  let postId: string;
  let alice: { id: string };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ids = await threeAdmins(t.core);
    alice = await createUser(t.core, { username: 'alice' });
    const now = nowIso();
    postId = newId();
    const deptId = newId();
    await t.core.db.insertInto('departments').values({ id: deptId, parent_id: null, path: `/${deptId}/`, name: '办公室', code: null, sort_order: 0, enabled: 1, created_at: now, updated_at: now }).execute();
    await t.core.db.insertInto('posts').values({ id: postId, name: '科长', code: 'kezhang', description: '', sort_order: 0, enabled: 1, created_at: now, updated_at: now }).execute();
    const personId = newId();
    await t.core.db
      .insertInto('people')
      .values({ id: personId, name: '王科长', employee_no: 'E001', name_pinyin: 'wangkezhang', name_initials: 'wkz', gender: null, department_id: deptId, post_id: postId, phone: '', email: '', clearance: 'public', status: 'active', joined_on: null, left_on: null, sort_order: 0, created_at: now, updated_at: now })
      .execute();
    await userWithRole(t.core, 'wang', 'system-admin', personId);
    [sys, sec, aud] = await Promise.all([login(t.app, 'sysadmin'), login(t.app, 'secadmin'), login(t.app, 'auditor')]);
    const roles = (await sec.req('GET', '/api/roles')).json().items as { id: string; code: string }[];
    roleIds = Object.fromEntries(roles.map((r) => [r.code, r.id]));
  });
  afterAll(() => t.close());

  it('lists the permission catalogue with each code’s administrator kind', async () => {
    const res = await sec.req('GET', '/api/permissions');
    expect(res.statusCode).toBe(200);
    const audit = res.json().groups.find((g: { module: string }) => g.module === 'audit');
    expect(audit.permissions).toContainEqual({ code: 'audit.read', adminKind: 'audit' });
  });

  it('creates, changes and deletes roles, refusing mixed admin kinds and built-in deletion', async () => {
    const mixed = await sec.req('POST', '/api/roles', { code: 'boss', name: '全能', permissions: ['user.manage', 'audit.read'], dataScope: 'all' });
    expect(mixed.statusCode).toBe(422);
    expect(mixed.json().error.code).toBe('MIXED_ADMIN_ROLE');
    const created = await sec.req('POST', '/api/roles', { code: 'reader', name: '组织查阅', permissions: ['org.read'], dataScope: 'department' });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ code: 'reader', adminKind: null, builtin: false, grantCount: 0 });
    const id = created.json().id;
    const updated = await sec.req('PUT', `/api/roles/${id}`, { name: '组织查阅员', dataScope: 'all' });
    expect(updated.json()).toMatchObject({ name: '组织查阅员', dataScope: 'all' });
    expect((await sec.req('POST', '/api/roles', { code: 'reader', name: 'x', permissions: [], dataScope: 'self' })).json().error.code).toBe('ROLE_CODE_TAKEN');
    const builtin = await sec.req('DELETE', `/api/roles/${roleIds['auditor']}`);
    expect(builtin.statusCode).toBe(409);
    expect(builtin.json().error.code).toBe('BUILTIN_ROLE');
    const grant = await sec.req('POST', '/api/grants', { roleId: id, granteeType: 'post', granteeId: postId });
    expect(grant.statusCode).toBe(200);
    expect(grant.json()).toMatchObject({ roleName: '组织查阅员', granteeName: '科长', granteeType: 'post' });
    expect((await sec.req('DELETE', `/api/roles/${id}`)).json().error.code).toBe('ROLE_IN_USE');
    // Turning a role held by a post into an administrator role would hand admin rights to a post.
    expect((await sec.req('PUT', `/api/roles/${id}`, { permissions: ['user.manage'] })).json().error.code).toBe('ADMIN_ROLE_TO_POST');
    expect((await sec.req('DELETE', `/api/grants/${grant.json().id}`)).statusCode).toBe(200);
    expect((await sec.req('DELETE', `/api/roles/${id}`)).statusCode).toBe(200);
    const actions = await t.core.db.selectFrom('audit_log').select(['action', 'summary']).where('action', 'like', 'access.role.%').execute();
    expect(actions.map((a) => a.action)).toEqual(['access.role.create', 'access.role.update', 'access.role.delete']);
    expect(actions[0]!.summary).toContain('组织查阅');
  });

  it('三员分立: refuses a second administrator kind on one account, directly, by role change or through a post', async () => {
    const second = await sec.req('POST', '/api/grants', { roleId: roleIds['auditor'], granteeType: 'user', granteeId: ids.sysadmin.id });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('ADMIN_SEPARATION');
    expect(second.json().error.message).toContain('三员分立');
    // wang (a login of the 科长 post's holder) is a system administrator: the auditor role cannot reach him through it.
    const toPost = await sec.req('POST', '/api/grants', { roleId: roleIds['auditor'], granteeType: 'post', granteeId: postId });
    expect(toPost.json().error.code).toBe('ADMIN_SEPARATION');
    const sameKindToPost = await sec.req('POST', '/api/grants', { roleId: roleIds['system-admin'], granteeType: 'post', granteeId: postId });
    expect(sameKindToPost.json().error.code).toBe('ADMIN_ROLE_TO_POST');
    const helper = (await sec.req('POST', '/api/roles', { code: 'helper', name: '助手', permissions: ['org.read'], dataScope: 'self' })).json();
    expect((await sec.req('POST', '/api/grants', { roleId: helper.id, granteeType: 'user', granteeId: ids.sysadmin.id })).statusCode).toBe(200);
    const widen = await sec.req('PUT', `/api/roles/${helper.id}`, { permissions: ['org.read', 'audit.read'] });
    expect(widen.json().error.code).toBe('ADMIN_SEPARATION');
    const onPost = (await sec.req('POST', '/api/roles', { code: 'post-helper', name: '岗位助手', permissions: ['org.read'], dataScope: 'self' })).json();
    expect((await sec.req('POST', '/api/grants', { roleId: onPost.id, granteeType: 'post', granteeId: postId })).statusCode).toBe(200);
    // wang holds system-admin and the post: the role may not become an auditor role …
    expect((await sec.req('PUT', `/api/roles/${onPost.id}`, { permissions: ['audit.read'] })).json().error.code).toBe('ADMIN_SEPARATION');
    // … nor any administrator role while a post holds it.
    expect((await sec.req('PUT', `/api/roles/${onPost.id}`, { permissions: ['system.diagnostics'] })).json().error.code).toBe('ADMIN_ROLE_TO_POST');
  });

  it('keeps each administrator to their own duties', async () => {
    expect((await sys.req('GET', '/api/audit')).statusCode).toBe(403);
    expect((await sys.req('POST', '/api/grants', { roleId: roleIds['unit-leader'], granteeType: 'user', granteeId: alice.id })).statusCode).toBe(403);
    expect((await sys.req('GET', '/api/roles')).statusCode).toBe(403);
    expect((await sec.req('POST', '/api/users', { username: 'eve', displayName: '夏娃' })).statusCode).toBe(403);
    expect((await sec.req('GET', '/api/users')).statusCode).toBe(200);
    expect((await aud.req('GET', '/api/users')).statusCode).toBe(403);
    expect((await aud.req('GET', '/api/roles')).statusCode).toBe(403);
    expect((await aud.req('GET', '/api/grants')).statusCode).toBe(403);
    const all = await aud.req('GET', '/api/audit?pageSize=200');
    expect(all.statusCode).toBe(200);
    const actors = new Set(all.json().items.map((i: { actorId: string }) => i.actorId));
    expect(actors).toContain(ids.sysadmin.id);
    expect(actors).toContain(ids.secadmin.id);
    const csv = await aud.req('GET', `/api/audit/export.csv?actorId=${ids.secadmin.id}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('access.grant.create');
  });

  it('lists grants with role and grantee names, filtered', async () => {
    const res = await sec.req('GET', `/api/grants?granteeType=user&granteeId=${ids.auditor.id}`);
    expect(res.json().items).toEqual([expect.objectContaining({ roleCode: 'auditor', granteeName: 'auditor', adminKind: 'audit', expiresAt: null })]);
  });

  it('revokes a temporary grant on time through the job, and cancels the job when revoked early', async () => {
    const past = await sec.req('POST', '/api/grants', { roleId: roleIds['unit-leader'], granteeType: 'user', granteeId: alice.id, expiresAt: isoAfter(-1000) });
    expect(past.statusCode).toBe(422);
    expect(past.json().error.fields.expiresAt).toBeTruthy();
    const grant = await sec.req('POST', '/api/grants', { roleId: roleIds['unit-leader'], granteeType: 'user', granteeId: alice.id, expiresAt: isoAfter(3_600_000) });
    expect(grant.statusCode).toBe(200);
    const grantId = grant.json().id;
    const key = `grant.expire:${grantId}`;
    const a = await login(t.app, 'alice');
    expect((await a.req('GET', '/api/auth/me')).json().permissions).toContain('org.read');
    const worker = await createWorker(t.core);
    await worker.runDue();
    expect((await a.req('GET', '/api/auth/me')).json().permissions).toContain('org.read');
    await t.core.db.updateTable('jobs').set({ run_at: isoAfter(-1000) }).where('unique_key', '=', key).execute();
    await worker.runDue();
    expect((await a.req('GET', '/api/auth/me')).json().permissions).not.toContain('org.read');
    expect(await t.core.db.selectFrom('grants').select('id').where('id', '=', grantId).executeTakeFirst()).toBeUndefined();
    const job = await t.core.db.selectFrom('jobs').select('status').where('unique_key', '=', key).executeTakeFirstOrThrow();
    expect(job.status).toBe('done');
    const record = await t.core.db.selectFrom('audit_log').selectAll().where('action', '=', 'access.grant.expire').executeTakeFirstOrThrow();
    expect(record).toMatchObject({ actor_id: null, actor_name: 'system', target_id: grantId });
    expect(record.summary).toContain('单位领导');

    const early = await sec.req('POST', '/api/grants', { roleId: roleIds['unit-leader'], granteeType: 'user', granteeId: alice.id, expiresAt: isoAfter(3_600_000) });
    expect((await sec.req('DELETE', `/api/grants/${early.json().id}`)).statusCode).toBe(200);
    expect(await t.core.db.selectFrom('jobs').select('id').where('unique_key', '=', `grant.expire:${early.json().id}`).executeTakeFirst()).toBeUndefined();
    expect((await sec.req('DELETE', `/api/grants/${early.json().id}`)).statusCode).toBe(404);
  });

  it('answers bad input with 4xx and field messages', async () => {
    const bad = await sec.req('POST', '/api/roles', { code: 'Bad Code', name: '<script>x</script>', permissions: ['nope'], dataScope: 'galaxy', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['code', 'permissions.0', 'dataScope', 'extra']));
    expect((await sec.req('POST', '/api/grants', { roleId: newId(), granteeType: 'user', granteeId: alice.id })).json().error.fields.roleId).toBeTruthy();
    expect((await sec.req('PUT', '/api/roles/not-a-uuid', {})).statusCode).toBe(400);
  });
});
