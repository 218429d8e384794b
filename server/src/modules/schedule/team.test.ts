import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp, todoOn } from '../workflow/test-support.js';
import { busyOf } from './index.js';

const range = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
const DAY = { from: '2026-12-09T00:00:00+08:00', to: '2026-12-10T00:00:00+08:00' };

describeEachDialect('schedule: team calendars, participation, free/busy and deadlines', (dialect) => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  let calendarId: string;
  let teamEntryId: string;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  const secretariat = async () => (await t.core.db.selectFrom('departments').select('id').where('name', '=', '秘书科').executeTakeFirstOrThrow()).id;

  it('creates a department calendar whose owner manages the members', async () => {
    const zhangwei = await t.as('zhangwei');
    const created = await zhangwei.req('POST', '/api/schedule/calendars', { name: '秘书科日程', color: 'green', departmentId: await secretariat(), memberIds: [await t.userId('zhenghai')] });
    expect(created.statusCode, created.body).toBe(200);
    const calendar = created.json();
    calendarId = calendar.id;
    const bad = await zhangwei.req('POST', '/api/schedule/calendars', { name: '无效成员', memberIds: [crypto.randomUUID()] });
    expect([bad.statusCode, bad.json().error.code]).toEqual([422, 'SCHEDULE_USER_INVALID']);
    expect((await zhangwei.req('POST', '/api/schedule/calendars', { name: ' ', color: 'blue' })).statusCode).toBe(400);
    expect((await zhangwei.req('POST', '/api/schedule/calendars', { name: '颜色不对', color: 'pink' })).statusCode).toBe(400);
    expect((await zhangwei.req('POST', '/api/schedule/calendars', { name: '部门不存在', departmentId: crypto.randomUUID() })).statusCode).toBe(422);
    expect(calendar.members.map((m: { name: string }) => m.name).sort()).toEqual(['吴婷', '周杰', '孙丽', '张伟', '潘明', '赵敏', '郑海'].sort());
    expect((await zhangwei.req('GET', '/api/schedule/calendars')).json().items.map((c: { name: string }) => c.name)).toEqual(['秘书科日程']);

    const zhaomin = await t.as('zhaomin');
    expect((await zhaomin.req('GET', '/api/schedule/calendars')).json().items).toEqual([expect.objectContaining({ id: calendarId, name: '秘书科日程', isOwner: false, memberCount: 7 })]);
    expect((await zhaomin.req('POST', `/api/schedule/calendars/${calendarId}/members`, { userIds: [await t.userId('heping')] })).statusCode).toBe(403);
    expect((await zhaomin.req('PUT', `/api/schedule/calendars/${calendarId}`, { name: '改名', color: 'red' })).statusCode).toBe(403);
    const outsider = await t.as('heping');
    expect((await outsider.req('GET', `/api/schedule/calendars/${calendarId}`)).statusCode).toBe(404);
    expect((await outsider.req('GET', `/api/schedule/calendars/${calendarId}/entries?${range(DAY.from, DAY.to)}`)).statusCode).toBe(404);

    const removed = await zhangwei.req('DELETE', `/api/schedule/calendars/${calendarId}/members/${await t.userId('zhenghai')}`);
    expect(removed.json().members).toHaveLength(6);
    expect((await zhangwei.req('DELETE', `/api/schedule/calendars/${calendarId}/members/${await t.userId('zhangwei')}`)).statusCode).toBe(422);
    const joined = await t.core.db.selectFrom('notifications').select('title').where('user_id', '=', await t.userId('sunli')).where('kind', '=', 'schedule.calendar.joined').execute();
    expect(joined).toEqual([{ title: '张伟 将您加入团队日历「秘书科日程」' }]);
    const audit = await t.core.db.selectFrom('audit_log').select('action').where('target_id', '=', calendarId).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['schedule.calendar.create', 'schedule.calendar.removeMember']);
  });

  it('invites members to a team entry, tracks their replies and shows it in their own calendars', async () => {
    const zhangwei = await t.as('zhangwei');
    const body = { title: '科室周计划碰头', calendarId, startAt: '2026-12-09T09:00:00+08:00', endAt: '2026-12-09T10:00:00+08:00', reminders: [15], participantIds: [await t.userId('zhaomin'), await t.userId('sunli')] };
    expect((await zhangwei.req('POST', '/api/schedule/entries', { ...body, participantIds: [await t.userId('heping')] })).json().error.code).toBe('SCHEDULE_NOT_MEMBER');
    const created = await zhangwei.req('POST', '/api/schedule/entries', body);
    expect(created.statusCode, created.body).toBe(200);
    teamEntryId = created.json().id;
    expect(created.json().participants.map((p: { name: string; status: string }) => [p.name, p.status]).sort()).toEqual([['孙丽', 'invited'], ['张伟', 'accepted'], ['赵敏', 'invited']]);

    const zhaomin = await t.as('zhaomin');
    const hers = (await zhaomin.req('GET', `/api/schedule?${range(DAY.from, DAY.to)}`)).json().items;
    expect(hers).toEqual([expect.objectContaining({ refId: teamEntryId, title: '科室周计划碰头', status: 'invited', calendarId })]);
    expect((await zhaomin.req('PUT', `/api/schedule/entries/${teamEntryId}`, body)).statusCode).toBe(403);
    const replied = await zhaomin.req('POST', `/api/schedule/entries/${teamEntryId}/reply`, { status: 'accepted' });
    expect(replied.json()).toMatchObject({ myStatus: 'accepted', can: { edit: false, reply: true } });
    expect((await zhaomin.req('POST', `/api/schedule/entries/${teamEntryId}/reply`, { status: 'invited' })).statusCode).toBe(400);

    const sunli = await t.as('sunli');
    await sunli.req('POST', `/api/schedule/entries/${teamEntryId}/reply`, { status: 'declined' });
    const told = await t.core.db.selectFrom('notifications').select('title').where('user_id', '=', await t.userId('zhangwei')).where('kind', '=', 'schedule.replied').orderBy('created_at').execute();
    expect(told.map((n) => n.title)).toEqual(['赵敏 接受了：科室周计划碰头', '孙丽 拒绝了：科室周计划碰头']);
    const audit = await t.core.db.selectFrom('audit_log').select('action').where('target_id', '=', teamEntryId).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['schedule.entry.create', 'schedule.entry.reply', 'schedule.entry.reply']);
    // A member who was not invited sees the entry on the team calendar but cannot answer it.
    const wuting = await t.as('wuting');
    const team = (await wuting.req('GET', `/api/schedule/calendars/${calendarId}/entries?${range(DAY.from, DAY.to)}`)).json().items;
    expect(team).toEqual([expect.objectContaining({ refId: teamEntryId, title: '科室周计划碰头' })]);
    expect((await wuting.req('POST', `/api/schedule/entries/${teamEntryId}/reply`, { status: 'accepted' })).statusCode).toBe(403);

    // Busy for the one who accepted, not for the one who declined.
    const busy = await busyOf(t.core.db, [await t.userId('zhaomin'), await t.userId('sunli')], new Date(DAY.from).toISOString(), new Date(DAY.to).toISOString());
    expect(busy.map((b) => b.userId)).toEqual([await t.userId('zhaomin')]);

    // The same entry at the same time keeps the answers; a new time asks everyone again.
    await zhangwei.req('PUT', `/api/schedule/entries/${teamEntryId}`, { ...body, title: '科室周计划碰头', location: '三楼' });
    expect((await zhaomin.req('GET', `/api/schedule/entries/${teamEntryId}`)).json().myStatus).toBe('accepted');
    const moved = await zhangwei.req('PUT', `/api/schedule/entries/${teamEntryId}`, { ...body, startAt: '2026-12-09T09:30:00+08:00', endAt: '2026-12-09T10:30:00+08:00' });
    expect(moved.json().participants.map((p: { name: string; status: string }) => [p.name, p.status]).sort()).toEqual([['孙丽', 'invited'], ['张伟', 'accepted'], ['赵敏', 'invited']]);
    await zhaomin.req('POST', `/api/schedule/entries/${teamEntryId}/reply`, { status: 'accepted' });
    await sunli.req('POST', `/api/schedule/entries/${teamEntryId}/reply`, { status: 'declined' });
    await zhangwei.req('PUT', `/api/schedule/entries/${teamEntryId}`, body);
    await zhaomin.req('POST', `/api/schedule/entries/${teamEntryId}/reply`, { status: 'accepted' });
    await sunli.req('POST', `/api/schedule/entries/${teamEntryId}/reply`, { status: 'declined' });
  });

  it('shows a colleague only when they are busy, never what with', async () => {
    const zhangwei = await t.as('zhangwei');
    await zhangwei.req('POST', '/api/schedule/entries', { title: '体检（私人）', visibility: 'private', startAt: '2026-12-09T14:00:00+08:00', endAt: '2026-12-09T15:00:00+08:00', reminders: [] });
    await zhangwei.req('POST', '/api/schedule/entries', { title: '起草年度总结', location: '办公室', startAt: '2026-12-09T16:00:00+08:00', endAt: '2026-12-09T17:00:00+08:00', reminders: [] });
    const heping = await t.as('heping');
    const res = await heping.req('GET', `/api/schedule/free-busy?userIds=${await t.userId('zhangwei')}&${range(DAY.from, DAY.to)}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().people).toEqual([
      {
        userId: await t.userId('zhangwei'),
        name: '张伟',
        busy: [
          { startAt: '2026-12-09T01:00:00.000Z', endAt: '2026-12-09T02:00:00.000Z', allDay: false },
          { startAt: '2026-12-09T08:00:00.000Z', endAt: '2026-12-09T09:00:00.000Z', allDay: false },
        ],
      },
    ]);
    expect(res.body).not.toMatch(/体检|起草|办公室|科室周计划/);
    const masked = await busyOf(t.core.db, [await t.userId('zhangwei')], new Date(DAY.from).toISOString(), new Date(DAY.to).toISOString());
    expect(masked.map((s) => s.title)).toEqual(['忙碌', '忙碌']);
    expect((await heping.req('GET', `/api/schedule/free-busy?userIds=nobody&${range(DAY.from, DAY.to)}`)).statusCode).toBe(400);
    // The owner's own calendar has everything in full.
    const own = (await zhangwei.req('GET', `/api/schedule?${range(DAY.from, DAY.to)}`)).json().items.map((i: { title: string }) => i.title);
    expect(own).toEqual(['科室周计划碰头', '体检（私人）', '起草年度总结']);
  });

  it('puts an open task’s due time in the calendar as a marker that is never a clash', async () => {
    const sunli = await t.as('sunli');
    const definitions = (await sunli.req('GET', '/api/workflow/definitions?startable=true')).json().items as { id: string; key: string }[];
    const started = await sunli.req('POST', '/api/workflow/instances', { definitionId: definitions.find((d) => d.key === 'leave')!.id, form: { leaveType: 'annual', period: { start: '2026-12-14', end: '2026-12-15' }, reason: '探亲' } });
    const zhangwei = await t.as('zhangwei');
    const task = await todoOn(zhangwei, started.json().id);
    await t.core.db.updateTable('flow_tasks').set({ due_at: '2026-12-09T09:30:00.000Z' }).where('id', '=', task.taskId).execute();
    const items = (await zhangwei.req('GET', `/api/schedule?${range(DAY.from, DAY.to)}`)).json().items;
    expect(items.find((i: { source: string }) => i.source === 'deadline')).toMatchObject({ refId: task.taskId, endAt: '2026-12-09T09:30:00.000Z', marker: true, link: `/workflow/instances/${started.json().id}` });
    const clashes = await busyOf(t.core.db, [await t.userId('zhangwei')], new Date(DAY.from).toISOString(), new Date(DAY.to).toISOString());
    expect(clashes.some((s) => s.source === 'deadline')).toBe(false);

    // In the subscription feed it is a transparent event: calendar apps do not count it as busy.
    await t.core.db.updateTable('flow_tasks').set({ due_at: new Date(Date.now() + 3 * 86_400_000).toISOString() }).where('id', '=', task.taskId).execute();
    const url = (await zhangwei.req('POST', '/api/schedule/feed')).json().url as string;
    const ics = (await t.app.inject({ method: 'GET', url: new URL(url).pathname })).body;
    const deadline = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === `deadline-${task.taskId}@tongban`);
    expect(deadline?.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(String(deadline?.getFirstPropertyValue('summary'))).toBe('办理期限：孙丽的请假（部门负责人）');
  });

  it('deletes a team calendar with its entries, by its owner only', async () => {
    const zhaomin = await t.as('zhaomin');
    expect((await zhaomin.req('DELETE', `/api/schedule/calendars/${calendarId}`)).statusCode).toBe(403);
    const zhangwei = await t.as('zhangwei');
    expect((await zhangwei.req('DELETE', `/api/schedule/calendars/${calendarId}`)).statusCode).toBe(200);
    expect((await zhaomin.req('GET', `/api/schedule/entries/${teamEntryId}`)).statusCode).toBe(404);
    expect((await zhaomin.req('GET', '/api/schedule/calendars')).json().items).toEqual([]);
  });
});
