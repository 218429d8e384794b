import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp, todoOn } from '../workflow/test-support.js';

type App = Awaited<ReturnType<typeof demoApp>>;
const range = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
const WEEK = { from: '2026-12-14T00:00:00+08:00', to: '2026-12-21T00:00:00+08:00' };

/** An approved 请假 or 出差 takes whole days in the person's calendar, and is a clash for a meeting then. */
describeEachDialect('schedule: approved leave and trips', (dialect) => {
  let t: App;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  const definitionId = async (key: string) =>
    (await t.core.db.selectFrom('flow_definitions').select('id').where('key', '=', key).executeTakeFirstOrThrow()).id;

  it('shows approved leave as whole days to its owner and as 请假 to colleagues; pending leave is not shown', async () => {
    const sunli = await t.as('sunli');
    const leave = (await sunli.req('POST', '/api/workflow/instances', { definitionId: await definitionId('leave'), form: { leaveType: 'personal', period: { start: '2026-12-15', end: '2026-12-16' }, reason: '办事' } })).json().id;
    const mine = async () => (await sunli.req('GET', `/api/schedule?${range(WEEK.from, WEEK.to)}`)).json().items.filter((i: { source: string }) => i.source === 'absence');
    expect(await mine()).toEqual([]);

    const zhangwei = await t.as('zhangwei');
    await zhangwei.req('POST', `/api/workflow/tasks/${(await todoOn(zhangwei, leave)).taskId}/approve`, {});
    expect(await mine()).toEqual([expect.objectContaining({ title: '请假', allDay: true, startAt: '2026-12-14T16:00:00.000Z', endAt: '2026-12-16T16:00:00.000Z' })]);

    const heping = await t.as('heping');
    const busy = (await heping.req('GET', `/api/schedule/free-busy?userIds=${await t.userId('sunli')}&${range(WEEK.from, WEEK.to)}`)).json().people[0].busy;
    expect(busy).toContainEqual({ startAt: '2026-12-14T16:00:00.000Z', endAt: '2026-12-16T16:00:00.000Z', allDay: true });

    // A meeting on the 16th finds her away.
    const q = `startAt=${encodeURIComponent('2026-12-16T09:00:00+08:00')}&endAt=${encodeURIComponent('2026-12-16T10:00:00+08:00')}&userIds=${await t.userId('sunli')}`;
    const clashes = (await zhangwei.req('GET', `/api/meetings/clashes?${q}`)).json().items;
    expect(clashes).toEqual([expect.objectContaining({ name: '孙丽', items: [expect.objectContaining({ title: '请假', source: 'absence' })] })]);
  });
});
