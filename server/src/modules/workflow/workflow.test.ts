import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { verifyChain } from '../../platform/audit/log.js';
import { demoApp, todoOn } from './test-support.js';

const FIVE_WORKDAYS = { start: '2026-12-07', end: '2026-12-11' };

describeEachDialect('workflow: the leave story', (dialect) => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  const leaveId = async () => {
    const s = await t.as('sunli');
    const list = (await s.req('GET', '/api/workflow/definitions?startable=true')).json().items as { id: string; key: string }[];
    return list.find((d) => d.key === 'leave')!.id;
  };

  it('starts, approves, returns to the initiator, resubmits and finishes with a full trace', async () => {
    const sunli = await t.as('sunli');
    const started = await sunli.req('POST', '/api/workflow/instances', {
      definitionId: await leaveId(),
      form: { leaveType: 'annual', period: FIVE_WORKDAYS, reason: '探亲' },
    });
    expect(started.statusCode).toBe(200);
    const id = started.json().id as string;

    const zhangwei = await t.as('zhangwei');
    const first = await todoOn(zhangwei, id);
    expect(first.stepName).toBe('部门负责人');
    const found = async (query: string) =>
      ((await zhangwei.req('GET', `/api/workflow/inbox/todo?${query}`)).json().items as { instanceId: string }[]).some((i) => i.instanceId === id);
    expect(await found(`q=${encodeURIComponent('请假')}&definitionId=${await leaveId()}&status=running`)).toBe(true);
    expect(await found(`q=${encodeURIComponent('报销')}`)).toBe(false);
    expect(await found('status=approved')).toBe(false);
    expect((await zhangwei.req('POST', `/api/workflow/tasks/${first.taskId}/approve`, { opinion: '同意' })).statusCode).toBe(200);

    const leader = await t.as('liuhongtao');
    const second = await todoOn(leader, id);
    expect(second.stepName).toBe('分管领导');
    const back = await leader.req('POST', `/api/workflow/tasks/${second.taskId}/return`, { target: 'initiator', mode: 'rewalk', opinion: '请补充工作交接安排' });
    expect(back.statusCode).toBe(200);

    const resubmitTask = await todoOn(sunli, id);
    expect(resubmitTask.stepName).toBe('发起人');
    const resubmit = await sunli.req('POST', `/api/workflow/instances/${id}/submit`, {
      form: { leaveType: 'annual', period: FIVE_WORKDAYS, reason: '探亲，工作已交接给周杰' },
    });
    expect(resubmit.statusCode).toBe(200);

    await zhangwei.req('POST', `/api/workflow/tasks/${(await todoOn(zhangwei, id)).taskId}/approve`, { opinion: '同意' });
    await leader.req('POST', `/api/workflow/tasks/${(await todoOn(leader, id)).taskId}/approve`, { opinion: '同意' });

    const detail = (await sunli.req('GET', `/api/workflow/instances/${id}`)).json();
    expect(detail.instance.status).toBe('approved');
    expect(detail.values.period.days).toBe(5);
    expect(detail.values.reason).toContain('交接');
    const actions = detail.trace.map((h: { action: string }) => h.action);
    expect(actions).toEqual(['start', 'approve', 'branch', 'return', 'resubmit', 'approve', 'branch', 'approve', 'cc']);
    expect(detail.progress.passed).toEqual(['dept-head', 'leader-3', 'cc-personnel']);
    expect(detail.tasks.some((task: { kind: string }) => task.kind === 'cc')).toBe(true);
    expect(await verifyChain(t.core.db)).toMatchObject({ ok: true });
  });

  /** 孙丽 asks for two days' personal leave, which goes to 张伟 alone; returns the instance id. */
  const startShortLeave = async (reason: string): Promise<string> =>
    (await (await t.as('sunli')).req('POST', '/api/workflow/instances', {
      definitionId: await leaveId(),
      form: { leaveType: 'personal', period: { start: '2026-12-07', end: '2026-12-08' }, reason },
    })).json().id;

  it('takes a short leave through the default branch only', async () => {
    const sunli = await t.as('sunli');
    const id = await startShortLeave('办事');
    const zhangwei = await t.as('zhangwei');
    await zhangwei.req('POST', `/api/workflow/tasks/${(await todoOn(zhangwei, id)).taskId}/approve`, {});
    const detail = (await sunli.req('GET', `/api/workflow/instances/${id}`)).json();
    expect(detail.instance.status).toBe('approved');
    expect(detail.trace.find((h: { action: string }) => h.action === 'branch').detail.branchId).toBe('short');
  });

  it('refuses a form that breaks the definition, naming the fields', async () => {
    const sunli = await t.as('sunli');
    const res = await sunli.req('POST', '/api/workflow/instances', {
      definitionId: await leaveId(),
      form: { leaveType: 'holiday', period: { start: '2026-12-09', end: '2026-12-01' } },
    });
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['leaveType', 'period', 'reason']));
    expect((await t.core.db.selectFrom('flow_instances').select('id').where('title', 'like', '%孙丽%').execute()).length).toBe(2);
  });

  it('shows an instance only to those involved', async () => {
    const sunli = await t.as('sunli');
    const id = (await sunli.req('GET', '/api/workflow/inbox/started')).json().items[0].instanceId;
    const outsider = await t.as('heping');
    expect((await outsider.req('GET', `/api/workflow/instances/${id}`)).statusCode).toBe(404);
    const admin = await t.as('zhangwei');
    expect((await admin.req('GET', `/api/workflow/instances/${id}`)).statusCode).toBe(200);
  });

  it('marks a 待办 overdue once its due time passes, though nothing was written since the page was read', async () => {
    const id = await startShortLeave('看病');
    const zhangwei = await t.as('zhangwei');
    const { taskId } = await todoOn(zhangwei, id);
    await t.core.db.updateTable('flow_tasks').set({ due_at: new Date(Date.now() + 300).toISOString() }).where('id', '=', taskId).execute();
    const overdue = async () =>
      ((await zhangwei.req('GET', '/api/workflow/inbox/todo?pageSize=100')).json().items as { taskId: string; overdue: boolean }[]).find((i) => i.taskId === taskId)!.overdue;
    expect(await overdue()).toBe(false);
    expect(await overdue()).toBe(false);
    await new Promise((r) => setTimeout(r, 400));
    expect(await overdue()).toBe(true);
  });
});
