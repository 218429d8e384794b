import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp, publishFlow, startWith, step, todoOn } from './test-support.js';

describeEachDialect('workflow branches, copies and hand-over', (dialect) => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  let u: Record<string, string>;
  beforeAll(async () => {
    t = await demoApp(dialect);
    u = {};
    for (const name of ['zhoujie', 'panming', 'wuting', 'heping', 'zhangwei']) u[name] = await t.userId(name);
  });
  afterAll(() => t.close());

  it('joins parallel branches only when all are done, then copies the result to a reader', async () => {
    const flow = await publishFlow(
      await t.as('zhangwei'),
      'parallel',
      startWith({
        id: 'p',
        name: '并行会签',
        type: 'parallel',
        branches: [
          { id: 'left', name: '综合科', next: step('l', [u.zhoujie!], 'any') },
          { id: 'right', name: '督查科', next: step('r', [u.panming!], 'any') },
        ],
        next: { id: 'copy', name: '抄送', type: 'cc', assignee: { kind: 'users', userIds: [u.heping] }, next: step('final', [u.wuting!], 'any') },
      }),
    );
    const id = (await (await t.as('sunli')).req('POST', '/api/workflow/instances', { definitionId: flow, form: { title: '并行' } })).json().id;
    const [zj, pm, wt, hp] = [await t.as('zhoujie'), await t.as('panming'), await t.as('wuting'), await t.as('heping')];
    await zj.req('POST', `/api/workflow/tasks/${(await todoOn(zj, id)).taskId}/approve`, {});
    await expect(todoOn(wt, id)).rejects.toThrow();
    await pm.req('POST', `/api/workflow/tasks/${(await todoOn(pm, id)).taskId}/approve`, {});
    expect((await todoOn(wt, id)).stepName).toBe('final');
    const cc = (await hp.req('GET', '/api/workflow/inbox/cc?unread=true')).json().items.find((i: { instanceId: string }) => i.instanceId === id);
    expect(cc).toBeTruthy();
    expect((await hp.req('GET', '/api/workflow/counts')).json().ccUnread).toBeGreaterThanOrEqual(1);
    expect((await hp.req('POST', `/api/workflow/tasks/${cc.taskId}/read`)).statusCode).toBe(200);
    expect((await hp.req('GET', '/api/workflow/inbox/cc?unread=true')).json().items.some((i: { instanceId: string }) => i.instanceId === id)).toBe(false);
    await wt.req('POST', `/api/workflow/tasks/${(await todoOn(wt, id)).taskId}/approve`, {});
    const detail = (await (await t.as('sunli')).req('GET', `/api/workflow/instances/${id}`)).json();
    expect(detail.instance.status).toBe('approved');
    expect(detail.progress.passed).toEqual(expect.arrayContaining(['l', 'r', 'final']));
  });

  it('hands a leaver’s open tasks to their head, recorded in the trace', async () => {
    const flow = await publishFlow(await t.as('zhangwei'), 'handover', startWith(step('a', [u.zhoujie!], 'any')));
    const id = (await (await t.as('sunli')).req('POST', '/api/workflow/instances', { definitionId: flow, form: { title: '交接' } })).json().id;
    const person = await t.core.db.selectFrom('users').select('person_id').where('id', '=', u.zhoujie!).executeTakeFirstOrThrow();
    const admin = await t.as('sysadmin');
    expect((await admin.req('POST', `/api/people/${person.person_id}/leave`, { reason: '调离' })).statusCode).toBe(200);
    const zhangwei = await t.as('zhangwei');
    expect((await todoOn(zhangwei, id)).stepName).toBe('a');
    const detail = (await zhangwei.req('GET', `/api/workflow/instances/${id}`)).json();
    expect(detail.trace.map((h: { action: string }) => h.action)).toContain('handover');
  });
});
