import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp, publishFlow, startWith, step, todoOn } from './test-support.js';

/** Who gets the first task for each assignee rule, with 孙丽 (秘书科 科员) as the initiator. */
describeEachDialect('workflow assignee rules', (dialect) => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  let n = 0;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  const firstAssignees = async (assignee: Record<string, unknown>, extra: Record<string, unknown> = {}, start: Record<string, unknown> = {}) => {
    const admin = await t.as('zhangwei');
    const form = { fields: [{ id: 'title', type: 'text', label: '事由' }, { id: 'who', type: 'person', label: '人员', multiple: true }, { id: 'dept', type: 'department', label: '部门' }] };
    const flow = await publishFlow(admin, `rule-${++n}`, startWith({ ...step('s', [], 'all'), assignee, ...extra }), form);
    if (start.flowAdmin) {
      await admin.req('PUT', `/api/workflow/definitions/${flow}`, { adminUserId: await id(String(start.flowAdmin)) });
    }
    const res = await (await t.as('sunli')).req('POST', '/api/workflow/instances', {
      definitionId: flow,
      form: { title: 'x', ...((start.form as object) ?? {}) },
      ...(start.chosenAssignees ? { chosenAssignees: start.chosenAssignees } : {}),
    });
    if (res.statusCode !== 200) return { error: res.json().error.code as string };
    const tasks = await t.core.db
      .selectFrom('flow_tasks')
      .innerJoin('users', 'users.id', 'flow_tasks.assignee_user_id')
      .select(['users.username', 'flow_tasks.status'])
      .where('instance_id', '=', res.json().id)
      .where('kind', '!=', 'cc')
      .orderBy('seq')
      .execute();
    return { users: tasks.map((x) => x.username), statuses: tasks.map((x) => x.status), id: res.json().id as string };
  };
  const id = (username: string) => t.userId(username);
  const postId = async (code: string) => (await t.core.db.selectFrom('posts').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const deptId = async (code: string) => (await t.core.db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  it('head N levels up and the chain of heads', async () => {
    expect((await firstAssignees({ kind: 'head', level: 1 })).users).toEqual(['zhangwei']);
    expect((await firstAssignees({ kind: 'head', level: 2 })).users).toEqual(['wangjianguo']);
    const chain = await firstAssignees({ kind: 'headChain', upTo: 2 });
    expect(chain.users).toEqual(['zhangwei', 'wangjianguo']);
    expect(chain.statuses).toEqual(['pending', 'queued']);
  });

  it('post, department head, role, initiator', async () => {
    expect((await firstAssignees({ kind: 'post', postId: await postId('leader-in-charge'), scope: 'all' })).users).toEqual(['liuhongtao']);
    expect((await firstAssignees({ kind: 'departmentHead', departmentId: await deptId('general') })).users).toEqual(['zhenghai']);
    const role = await t.core.db.selectFrom('roles').select('id').where('code', '=', 'workflow-admin').executeTakeFirstOrThrow();
    expect((await firstAssignees({ kind: 'role', roleId: role.id })).users).toEqual(['zhangwei']);
    expect((await firstAssignees({ kind: 'initiator' })).users).toEqual(['sunli']);
  });

  it('person and department fields of the form', async () => {
    const people = await firstAssignees({ kind: 'formField', fieldId: 'who' }, {}, { form: { who: [await id('zhoujie'), await id('panming')] } });
    expect(people.users!.sort()).toEqual(['panming', 'zhoujie']);
    const dept = await firstAssignees({ kind: 'formField', fieldId: 'dept' }, {}, { form: { dept: [await deptId('supervision')] } });
    expect(dept.users).toEqual(['xiejun']);
  });

  it('chosen by the initiator at start, and by the previous handler', async () => {
    const chosen = await firstAssignees({ kind: 'initiatorChooses' }, {}, { chosenAssignees: { s: [await id('wuting')] } });
    expect(chosen.users).toEqual(['wuting']);
    const admin = await t.as('zhangwei');
    const flow = await publishFlow(admin, 'prev-chooses', startWith(step('a', [await id('zhoujie')], 'any', { ...step('b', [], 'any'), assignee: { kind: 'previousChooses' } })));
    const started = (await (await t.as('sunli')).req('POST', '/api/workflow/instances', { definitionId: flow, form: { title: 'x' } })).json().id;
    const zj = await t.as('zhoujie');
    await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, started)).taskId}/approve`, { nextAssignees: { b: [await id('heping')] } });
    expect((await todoOn(await t.as('heping'), started)).stepName).toBe('b');
  });

  it('when nobody matches: refuse at start, pass on, or give it to the flow administrator', async () => {
    const nobody = { kind: 'initiatorChooses' };
    expect(await firstAssignees(nobody, { emptyPolicy: 'refuse' })).toEqual({ error: 'NO_ASSIGNEE' });
    const passed = await firstAssignees(nobody, { emptyPolicy: 'autoPass' });
    expect(passed.users).toEqual([]);
    const toAdmin = await firstAssignees(nobody, { emptyPolicy: 'toAdmin' }, { flowAdmin: 'zhenghai' });
    expect(toAdmin.users).toEqual(['zhenghai']);
  });

  it('auto-passes the initiator and someone who already approved', async () => {
    const self = await firstAssignees({ kind: 'initiator' }, { autoPassIfInitiator: true });
    expect(self.users).toEqual([]);
    const admin = await t.as('zhangwei');
    const zw = await id('zhangwei');
    const flow = await publishFlow(admin, 'same-approver', startWith(step('a', [zw], 'any', step('b', [zw], 'any', null, { autoPassIfApprovedBefore: true }))));
    const started = (await (await t.as('sunli')).req('POST', '/api/workflow/instances', { definitionId: flow, form: { title: 'x' } })).json().id;
    await admin.req('POST', `/api/workflow/tasks/${(await todoOn(admin, started)).taskId}/approve`, {});
    const detail = (await (await t.as('sunli')).req('GET', `/api/workflow/instances/${started}`)).json();
    expect(detail.instance.status).toBe('approved');
  });
});
