import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorker } from '../../platform/jobs/setup.js';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp, publishFlow, startWith, step } from '../workflow/test-support.js';

describeEachDialect('notifications: workflow tasks, urges and time limits reach people through the centre', (dialect) => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  const titlesOf = async (username: string) =>
    (await (await t.as(username)).req('GET', '/api/notifications?category=workflow&pageSize=50')).json().items as { kind: string; title: string; body: string; link: string }[];

  it('tells the handler of a new task, an urge, the reminder and the overdue (with their head); 依次 waits its turn', async () => {
    const [zhoujie, panming] = [await t.userId('zhoujie'), await t.userId('panming')];
    const flow = await publishFlow(
      await t.as('zhangwei'),
      'notices',
      startWith(step('a', [zhoujie, panming], 'serial', null, { name: '科长审核', timeLimit: { amount: 2, unit: 'hour', remindBeforeHours: 1, onOverdue: 'none' } })),
    );
    const sunli = await t.as('sunli');
    const id = (await sunli.req('POST', '/api/workflow/instances', { definitionId: flow, form: { title: '差旅费报销' } })).json().id as string;
    const instance = (await sunli.req('GET', `/api/workflow/instances/${id}`)).json().instance;

    const [created] = await titlesOf('zhoujie');
    expect(created).toMatchObject({ kind: 'workflow.task.created', title: `待办：${instance.title}`, link: `/workflow/instances/${id}` });
    expect(created!.body).toContain('“科长审核”等待您办理（孙丽发起）');
    // 潘明 comes second in the queue: nothing yet.
    expect(await titlesOf('panming')).toEqual([]);

    expect((await sunli.req('POST', `/api/workflow/instances/${id}/urge`, { message: '今天下班前请处理' })).statusCode).toBe(200);
    const [urged] = await titlesOf('zhoujie');
    expect(urged).toMatchObject({ kind: 'workflow.task.urged', title: `催办：${instance.title}` });
    expect(urged!.body).toContain('今天下班前请处理');

    const task = await t.core.db.selectFrom('flow_tasks').select('id').where('instance_id', '=', id).where('assignee_user_id', '=', zhoujie).executeTakeFirstOrThrow();
    const worker = await createWorker(t.core);
    await t.core.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000).toISOString() }).where('unique_key', '=', `wf-remind:${task.id}`).execute();
    await worker.runDue();
    const [reminded] = await titlesOf('zhoujie');
    expect(reminded).toMatchObject({ kind: 'workflow.task.reminder', title: `即将到期：${instance.title}` });
    expect(reminded!.body).toMatch(/将于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 到期/);

    await t.core.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000).toISOString() }).where('unique_key', '=', `wf-due:${task.id}`).execute();
    await worker.runDue();
    expect((await titlesOf('zhoujie'))[0]).toMatchObject({ kind: 'workflow.task.overdue', title: `已超时：${instance.title}` });
    // 周杰's head (秘书科科长) hears of it too.
    const head = await t.core.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.username', 'notifications.body'])
      .where('notifications.kind', '=', 'workflow.task.overdue')
      .where('notifications.user_id', '!=', zhoujie)
      .execute();
    expect(head).toHaveLength(1);
    expect(head[0]!.body).toContain('周杰');

    // When 周杰 approves, 潘明's turn comes and he is told.
    const zj = await t.as('zhoujie');
    await zj.req('POST', `/api/workflow/tasks/${task.id}/approve`, {});
    expect((await titlesOf('panming')).map((n) => n.kind)).toEqual(['workflow.task.created']);
  });
});
