import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp, todoOn } from '../workflow/test-support.js';
import { auditOf, departmentIds, enter, inDays, notices, sweep, type App } from './test-support.js';

describeEachDialect('supervision: overdue sweep and escalation, report schedule, extension flow', (dialect) => {
  let t: App;
  let dept: Record<string, string>;
  beforeAll(async () => {
    t = await demoApp(dialect);
    dept = await departmentIds(t);
  });
  afterAll(() => t.close());

  const pastDeadline = (id: string, deadline: string) => t.core.db.updateTable('supervision_items').set({ deadline }).where('id', '=', id).execute();

  it('turns an item overdue and escalates it once to the department head and the supervisor', async () => {
    const xiejun = await t.as('xiejun');
    const id = await enter(xiejun, { title: '完成年度预算调整', content: '', leadDepartmentId: dept.finance, ownerUserId: await t.userId('dengchao'), deadline: inDays(3) });
    await pastDeadline(id, inDays(-2));
    // Before the sweep people already see it overdue.
    expect((await xiejun.req('GET', '/api/supervision/items?scope=all&status=overdue')).json().items.map((i: { id: string }) => i.id)).toContain(id);
    await sweep(t);
    await sweep(t);
    const item = (await xiejun.req('GET', `/api/supervision/items/${id}`)).json();
    expect(item.status).toBe('overdue');
    expect(item.timeline.filter((e: { kind: string }) => e.kind === 'escalated')).toEqual([expect.objectContaining({ body: '程刚、谢军' })]);
    expect(await notices(t, 'dengchao', 'supervision.overdue')).toHaveLength(1);
    expect(await notices(t, 'chenggang', 'supervision.escalated')).toHaveLength(1);
    expect(await notices(t, 'xiejun', 'supervision.escalated')).toHaveLength(1);
    expect(await auditOf(t, 'supervision.item.overdue', id)).toHaveLength(1);
  });

  it('reminds the owner once when the deadline is a workday away or less', async () => {
    const id = await enter(await t.as('xiejun'), { title: '报送季度统计报表', content: '', leadDepartmentId: dept.finance, ownerUserId: await t.userId('tianye'), deadline: inDays(30) });
    await sweep(t);
    expect(await notices(t, 'tianye', 'supervision.deadlineNear')).toHaveLength(0);
    await pastDeadline(id, inDays(0));
    await sweep(t);
    await sweep(t);
    expect(await notices(t, 'tianye', 'supervision.deadlineNear')).toHaveLength(1);
    expect(await auditOf(t, 'supervision.item.deadlineNear', id)).toHaveLength(1);
  });

  it('escalates a head’s own item one level up', async () => {
    const xiejun = await t.as('xiejun');
    const id = await enter(xiejun, { title: '综合科材料报送', content: '', leadDepartmentId: dept.general, ownerUserId: await t.userId('zhenghai'), deadline: inDays(3) });
    await pastDeadline(id, inDays(-1));
    await sweep(t);
    const director = await t.as('wangjianguo');
    expect((await notices(t, 'wangjianguo', 'supervision.escalated')).map((n) => n.link)).toContain(`/supervision/items/${id}`);
    expect((await director.req('GET', `/api/supervision/items/${id}`)).json().status).toBe('overdue');
  });

  it('asks for progress on the due date and flags a missed report', async () => {
    const xiejun = await t.as('xiejun');
    const id = await enter(xiejun, { title: '人才引进计划落实', content: '', leadDepartmentId: dept.personnel, ownerUserId: await t.userId('shenjie'), deadline: inDays(40), reportSchedule: 'workdays', reportInterval: 3 });
    const set = (due: string) => t.core.db.updateTable('supervision_items').set({ next_report_due: due }).where('id', '=', id).execute();
    await set(inDays(0));
    await sweep(t);
    await sweep(t);
    expect(await notices(t, 'shenjie', 'supervision.reportDue')).toHaveLength(1);
    expect((await (await t.as('shenjie')).req('GET', '/api/supervision/items?scope=mine')).json().items.find((i: { id: string }) => i.id === id)).toMatchObject({ reportDue: true });
    await set(inDays(-1));
    await sweep(t);
    const item = (await xiejun.req('GET', `/api/supervision/items/${id}`)).json();
    expect(item.missedReports).toBe(1);
    expect(item.nextReportDue > inDays(0)).toBe(true);
    expect(await notices(t, 'shenjie', 'supervision.reportMissed')).toHaveLength(1);
    // A report sets the next due date a period ahead.
    const reported = await (await t.as('shenjie')).req('POST', `/api/supervision/items/${id}/reports`, { body: '已完成第一批面试' });
    expect(reported.json().nextReportDue > inDays(2)).toBe(true);
  });

  it('moves the deadline when a supervisor approves an extension on the flow, and keeps it when rejected', async () => {
    const xiejun = await t.as('xiejun');
    const owner = await t.as('gaoxiang');
    const id = await enter(xiejun, { title: '机要文件清查', content: '', leadDepartmentId: dept.telegraph, ownerUserId: await t.userId('gaoxiang'), deadline: inDays(3) });
    await pastDeadline(id, inDays(-1));
    await sweep(t);

    expect((await owner.req('POST', `/api/supervision/items/${id}/extensions`, { newDeadline: inDays(-3), reason: '需协调' })).json().error.code).toBe('SUPERVISION_EXTENSION_NOT_LATER');
    const asked = await owner.req('POST', `/api/supervision/items/${id}/extensions`, { newDeadline: inDays(10), reason: '涉及外单位，需协调' });
    expect(asked.statusCode, asked.body).toBe(200);
    expect((await owner.req('POST', `/api/supervision/items/${id}/extensions`, { newDeadline: inDays(12), reason: '再次' })).json().error.code).toBe('SUPERVISION_EXTENSION_PENDING');
    const hanbing = await t.as('hanbing');
    const todo = await todoOn(hanbing, asked.json().flowInstanceId);
    expect((await hanbing.req('POST', `/api/workflow/tasks/${todo.taskId}/approve`, { opinion: '同意' })).statusCode).toBe(200);
    const extended = (await owner.req('GET', `/api/supervision/items/${id}`)).json();
    expect(extended).toMatchObject({ deadline: inDays(10), originalDeadline: inDays(3), status: 'open', extensions: [{ status: 'approved', newDeadline: inDays(10) }] });
    expect(await notices(t, 'gaoxiang', 'supervision.extensionDecided')).toHaveLength(1);
    expect(await auditOf(t, 'supervision.extension.approve', id)).toHaveLength(1);

    const again = await owner.req('POST', `/api/supervision/items/${id}/extensions`, { newDeadline: inDays(30), reason: '再延' });
    const task = await todoOn(xiejun, again.json().flowInstanceId);
    expect((await xiejun.req('POST', `/api/workflow/tasks/${task.taskId}/reject`, { opinion: '不同意再延期' })).statusCode).toBe(200);
    const kept = (await owner.req('GET', `/api/supervision/items/${id}`)).json();
    expect(kept).toMatchObject({ deadline: inDays(10), can: { extend: true } });
    expect(kept.extensions.map((e: { status: string }) => e.status)).toEqual(['approved', 'rejected']);
    expect((await (await t.as('heping')).req('POST', `/api/supervision/items/${id}/extensions`, { newDeadline: inDays(30), reason: 'x' })).statusCode).toBe(404);
  });
});
