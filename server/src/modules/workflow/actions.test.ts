import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { createWorker } from '../../platform/jobs/setup.js';
import { demoApp, publishFlow, startWith, step, todoOn } from './test-support.js';

describeEachDialect('workflow actions', (dialect) => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  let u: Record<string, string>;
  beforeAll(async () => {
    t = await demoApp(dialect);
    u = {};
    for (const name of ['zhangwei', 'sunli', 'zhoujie', 'panming', 'wuting', 'zhenghai']) u[name] = await t.userId(name);
  });
  afterAll(() => t.close());

  const start = async (definitionId: string, as = 'sunli') =>
    (await (await t.as(as)).req('POST', '/api/workflow/instances', { definitionId, form: { title: '测试' } })).json().id as string;
  const status = async (id: string) => (await (await t.as('sunli')).req('GET', `/api/workflow/instances/${id}`)).json().instance.status;

  it('或签: two people approving at once — exactly one takes effect, the other is told', async () => {
    const flow = await publishFlow(await t.as('zhangwei'), 'race', startWith(step('any', [u.zhoujie!, u.panming!], 'any')));
    const id = await start(flow);
    const a = await t.as('zhoujie');
    const b = await t.as('panming');
    const [ta, tb] = [await todoOn(a, id), await todoOn(b, id)];
    const results = await Promise.all([
      a.req('POST', `/api/workflow/tasks/${ta.taskId}/approve`, {}),
      b.req('POST', `/api/workflow/tasks/${tb.taskId}/approve`, {}),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().error.code).toBe('TASK_HANDLED');
    expect(await status(id)).toBe('approved');
  });

  it('会签 needs everyone; 依次 goes one after another', async () => {
    const flow = await publishFlow(await t.as('zhangwei'), 'all-then-serial', startWith(step('all', [u.zhoujie!, u.panming!], 'all', step('serial', [u.wuting!, u.zhenghai!], 'serial'))));
    const id = await start(flow);
    await (await t.as('zhoujie')).req('POST', `/api/workflow/tasks/${(await todoOn(await t.as('zhoujie'), id)).taskId}/approve`, {});
    expect(await status(id)).toBe('running');
    await (await t.as('panming')).req('POST', `/api/workflow/tasks/${(await todoOn(await t.as('panming'), id)).taskId}/approve`, {});
    await expect(todoOn(await t.as('zhenghai'), id)).rejects.toThrow();
    await (await t.as('wuting')).req('POST', `/api/workflow/tasks/${(await todoOn(await t.as('wuting'), id)).taskId}/approve`, {});
    await (await t.as('zhenghai')).req('POST', `/api/workflow/tasks/${(await todoOn(await t.as('zhenghai'), id)).taskId}/approve`, {});
    expect(await status(id)).toBe('approved');
  });

  it('a repeated request with the same Idempotency-Key has one effect; a stale version gets 409', async () => {
    const flow = await publishFlow(await t.as('zhangwei'), 'idem', startWith(step('one', [u.zhoujie!], 'any', step('two', [u.zhoujie!], 'any'))));
    const id = await start(flow);
    const s = await t.as('zhoujie');
    const task = await todoOn(s, id);
    const headers = { 'idempotency-key': 'click-0001-abcdef' };
    const once = await s.req('POST', `/api/workflow/tasks/${task.taskId}/approve`, { opinion: '好' }, headers);
    const twice = await s.req('POST', `/api/workflow/tasks/${task.taskId}/approve`, { opinion: '好' }, headers);
    expect([once.statusCode, twice.statusCode]).toEqual([200, 200]);
    const approvals = await t.core.db.selectFrom('flow_history').select('id').where('instance_id', '=', id).where('action', '=', 'approve').execute();
    expect(approvals).toHaveLength(1);
    const next = await todoOn(s, id);
    const stale = await s.req('POST', `/api/workflow/tasks/${next.taskId}/approve`, { expectedVersion: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
  });

  it('rejects, transfers, adds signers before and after, withdraws and urges', async () => {
    const zhangwei = await t.as('zhangwei');
    const flow = await publishFlow(zhangwei, 'actions', startWith(step('a', [u.zhoujie!], 'any', step('b', [u.panming!], 'any'))));

    const rejected = await start(flow);
    const zj = await t.as('zhoujie');
    expect((await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, rejected)).taskId}/reject`, { opinion: '不符合规定' })).statusCode).toBe(200);
    expect(await status(rejected)).toBe('rejected');

    const transferred = await start(flow);
    await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, transferred)).taskId}/transfer`, { userId: u.wuting, opinion: '请吴婷处理' });
    const wt = await t.as('wuting');
    expect((await todoOn(wt, transferred)).stepName).toBe('a');

    const signed = await start(flow);
    await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, signed)).taskId}/add-signer`, { userIds: [u.zhenghai], position: 'before' });
    await expect(todoOn(zj, signed)).rejects.toThrow();
    const zh = await t.as('zhenghai');
    await zh.req('POST', `/api/workflow/tasks/${(await todoOn(zh, signed)).taskId}/approve`, {});
    await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, signed)).taskId}/add-signer`, { userIds: [u.wuting], position: 'after', opinion: '同意，请吴婷复核' });
    await expect(todoOn(await t.as('panming'), signed)).rejects.toThrow();
    await wt.req('POST', `/api/workflow/tasks/${(await todoOn(wt, signed)).taskId}/approve`, {});
    expect((await todoOn(await t.as('panming'), signed)).stepName).toBe('b');

    const sunli = await t.as('sunli');
    const withdrawn = await start(flow);
    expect((await sunli.req('POST', `/api/workflow/instances/${withdrawn}/urge`, {})).json().urged).toBe(1);
    expect((await sunli.req('POST', `/api/workflow/instances/${withdrawn}/urge`, {})).statusCode).toBe(429);
    expect((await sunli.req('POST', `/api/workflow/instances/${withdrawn}/withdraw`, { reason: '填错了' })).statusCode).toBe(200);
    expect(await status(withdrawn)).toBe('withdrawn');
    const late = await start(flow);
    await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, late)).taskId}/approve`, {});
    expect((await sunli.req('POST', `/api/workflow/instances/${late}/withdraw`, {})).json().error.code).toBe('WITHDRAW_TOO_LATE');
  });

  it('returns to a passed step and jumps straight back to the one who returned it', async () => {
    const flow = await publishFlow(await t.as('zhangwei'), 'direct', startWith(step('a', [u.zhoujie!], 'any', step('b', [u.panming!], 'any', step('c', [u.wuting!], 'any')))));
    const id = await start(flow);
    const [zj, pm, wt] = [await t.as('zhoujie'), await t.as('panming'), await t.as('wuting')];
    await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, id)).taskId}/approve`, {});
    await pm.req('POST', `/api/workflow/tasks/${(await todoOn(pm, id)).taskId}/approve`, {});
    const back = await wt.req('POST', `/api/workflow/tasks/${(await todoOn(wt, id)).taskId}/return`, { target: 'a', mode: 'direct', opinion: '数据有误' });
    expect(back.statusCode).toBe(200);
    await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, id)).taskId}/approve`, {});
    expect((await todoOn(wt, id)).stepName).toBe('c');
    await expect(todoOn(pm, id)).rejects.toThrow();
  });

  it('delegates to a colleague while out of office; the record names both', async () => {
    const flow = await publishFlow(await t.as('zhangwei'), 'delegated', startWith(step('a', [u.zhoujie!], 'any')));
    const zj = await t.as('zhoujie');
    const now = Date.now();
    const rule = await zj.req('POST', '/api/workflow/delegations', {
      delegateUserId: u.wuting,
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 86_400_000).toISOString(),
    });
    expect(rule.statusCode).toBe(200);
    const id = await start(flow);
    const wt = await t.as('wuting');
    await todoOn(zj, id);
    await wt.req('POST', `/api/workflow/tasks/${(await todoOn(wt, id)).taskId}/approve`, { opinion: '代为同意' });
    const detail = (await (await t.as('sunli')).req('GET', `/api/workflow/instances/${id}`)).json();
    const approval = detail.trace.find((h: { action: string }) => h.action === 'approve');
    expect(approval).toMatchObject({ actorName: '吴婷', onBehalfOfName: '周杰' });
    await zj.req('DELETE', `/api/workflow/delegations/${rule.json().id}`);
  });

  it('marks a task overdue when its time limit passes and auto-approves it, from the durable job', async () => {
    const flow = await publishFlow(
      await t.as('zhangwei'),
      'timed',
      startWith(step('a', [u.zhoujie!], 'any', null, { timeLimit: { amount: 1, unit: 'hour', onOverdue: 'autoApprove' } })),
    );
    const id = await start(flow);
    const task = await t.core.db.selectFrom('flow_tasks').selectAll().where('instance_id', '=', id).where('kind', '=', 'approval').executeTakeFirstOrThrow();
    expect(task.due_at).toBeTruthy();
    await t.core.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000).toISOString() }).where('unique_key', '=', `wf-due:${task.id}`).execute();
    const worker = await createWorker(t.core);
    expect(await worker.runDue()).toBeGreaterThanOrEqual(1);
    expect(await status(id)).toBe('approved');
    const actions = (await t.core.db.selectFrom('flow_history').select('action').where('instance_id', '=', id).execute()).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['overdue', 'autoApprove']));
  });

  it('lets the flow administrator suspend, resume and terminate', async () => {
    const flow = await publishFlow(await t.as('zhangwei'), 'admin', startWith(step('a', [u.zhoujie!], 'any')));
    const id = await start(flow);
    const admin = await t.as('zhangwei');
    expect((await admin.req('POST', `/api/workflow/instances/${id}/intervene`, { action: 'suspend' })).statusCode).toBe(200);
    const zj = await t.as('zhoujie');
    expect((await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, id)).taskId}/approve`, {})).json().error.code).toBe('INSTANCE_NOT_RUNNING');
    await admin.req('POST', `/api/workflow/instances/${id}/intervene`, { action: 'resume' });
    await admin.req('POST', `/api/workflow/instances/${id}/intervene`, { action: 'terminate', reason: '重复申请' });
    expect(await status(id)).toBe('terminated');
    expect((await zj.req('POST', `/api/workflow/instances/${id}/intervene`, { action: 'suspend' })).statusCode).toBe(404);
  });

  it('refuses to publish an invalid flow and names the faulty step; v2 does not disturb a v1 instance', async () => {
    const admin = await t.as('zhangwei');
    const flow = await publishFlow(admin, 'versions', startWith(step('a', [u.zhoujie!], 'any')));
    const onV1 = await start(flow);
    const bad = startWith({ id: 'cond', name: '条件', type: 'condition', branches: [
      { id: 'x', name: 'x', priority: 0, next: null },
      { id: 'y', name: 'y', priority: 1, next: null },
    ], next: null });
    await admin.req('PUT', `/api/workflow/definitions/${flow}`, { tree: bad });
    const refused = await admin.req('POST', `/api/workflow/definitions/${flow}/publish`);
    expect(refused.statusCode).toBe(422);
    expect(Object.keys(refused.json().error.fields)).toEqual(expect.arrayContaining(['cond', 'x', 'y']));
    await admin.req('PUT', `/api/workflow/definitions/${flow}`, { tree: startWith(step('a2', [u.panming!], 'any')) });
    expect((await admin.req('POST', `/api/workflow/definitions/${flow}/publish`)).json().version).toBe(2);
    const onV2 = await start(flow);
    const zj = await t.as('zhoujie');
    await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, onV1)).taskId}/approve`, {});
    const pm = await t.as('panming');
    await pm.req('POST', `/api/workflow/tasks/${(await todoOn(pm, onV2)).taskId}/approve`, {});
    expect([await status(onV1), await status(onV2)]).toEqual(['approved', 'approved']);
  });

  it('saves a half-built draft and names what is incomplete on the step', async () => {
    const admin = await t.as('zhangwei');
    const flow = await publishFlow(admin, 'half-built', startWith(step('a', [u.zhoujie!], 'any')));
    const half = startWith({ id: 'todo', name: '待定', type: 'approval', assignee: { kind: 'users', userIds: [] }, mode: 'any', emptyPolicy: 'autoPass', next: null });
    const form = { fields: [{ id: 'sum', type: 'computed', label: '合计', compute: { op: 'sum', fields: [] } }] };
    expect((await admin.req('PUT', `/api/workflow/definitions/${flow}`, { tree: half, form })).statusCode).toBe(200);
    const checked = (await admin.req('POST', `/api/workflow/definitions/${flow}/validate`)).json();
    expect(checked.ok).toBe(false);
    expect(checked.problems.map((p: { at: string }) => p.at)).toEqual(expect.arrayContaining(['todo', 'form.sum']));
    expect((await admin.req('POST', `/api/workflow/definitions/${flow}/publish`)).statusCode).toBe(422);
  });
});
