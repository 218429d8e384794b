import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, uploadFile } from '../../test/harness.js';
import { command } from '../../platform/command.js';
import { systemCtx } from '../../platform/context.js';
import { demoApp } from '../workflow/test-support.js';
import { openSupervisionItems } from './index.js';
import { auditOf, departmentIds, enter, inDays, notices, type App } from './test-support.js';

describeEachDialect('supervision: items from each source, progress, urge, conclusion', (dialect) => {
  let t: App;
  let dept: Record<string, string>;
  beforeAll(async () => {
    t = await demoApp(dialect);
    dept = await departmentIds(t);
  });
  afterAll(() => t.close());

  it('a 督查员 enters an item for 郑海 (综合科); he finds it in 我的督办, reports progress and it is concluded after confirmation', async () => {
    const xiejun = await t.as('xiejun');
    const zhenghai = await t.as('zhenghai');
    const id = await enter(xiejun, {
      title: '推进政务服务“一网通办”',
      content: '主任批示：年底前完成事项梳理。',
      source: 'instruction',
      leadDepartmentId: dept.general,
      coDepartmentIds: [dept.it],
      ownerUserId: await t.userId('zhenghai'),
      deadline: inDays(30),
      milestones: [{ title: '完成事项梳理', dueOn: inDays(10) }],
      reportSchedule: 'weekly',
    });
    expect(await notices(t, 'zhenghai', 'supervision.assigned')).toHaveLength(1);
    expect(await auditOf(t, 'supervision.item.create', id)).toHaveLength(1);

    const mine = (await zhenghai.req('GET', '/api/supervision/items?scope=mine')).json();
    expect(mine.items.find((i: { id: string }) => i.id === id)).toMatchObject({ owner: '郑海', leadDepartment: '综合科', status: 'open', source: 'instruction', nextReportDue: inDays(7) });

    const detail = (await zhenghai.req('GET', `/api/supervision/items/${id}`)).json();
    expect(detail).toMatchObject({ coDepartments: [{ name: '信息科' }], can: { report: true, extend: true, conclude: true, urge: false, confirm: false } });
    const fileId = await uploadFile(zhenghai, '事项清单.txt', '事项清单');
    expect((await zhenghai.req('POST', `/api/supervision/items/${id}/reports`, { body: '已完成梳理 60%', percent: 60, fileIds: [fileId] })).statusCode).toBe(200);
    // The report's attachment opens for those who see the item, and for nobody else.
    expect((await xiejun.req('GET', `/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await (await t.as('heping')).req('GET', `/api/files/${fileId}`)).statusCode).toBe(404);
    const foreign = await uploadFile(xiejun, '事项清单.txt', '事项清单');
    expect((await zhenghai.req('POST', `/api/supervision/items/${id}/reports`, { body: '借用他人文件', fileIds: [foreign] })).json().error.code).toBe('FILE_INVALID');
    expect((await zhenghai.req('PUT', `/api/supervision/items/${id}/milestones/${detail.milestones[0].id}`, { done: true })).json()).toMatchObject({ done: true });

    // 办结: the owner asks, a 督查员 first returns it, then confirms.
    expect((await zhenghai.req('POST', `/api/supervision/items/${id}/conclude`, { result: '已上线运行' })).json()).toEqual({ status: 'pending' });
    expect((await zhenghai.req('POST', `/api/supervision/items/${id}/conclude`, { result: '再次' })).statusCode).toBe(409);
    expect((await xiejun.req('POST', `/api/supervision/items/${id}/confirm`, { approve: false, opinion: '请补充验收材料' })).json()).toEqual({ status: 'open' });
    expect(await notices(t, 'zhenghai', 'supervision.concludeReturned')).toHaveLength(1);
    await zhenghai.req('POST', `/api/supervision/items/${id}/conclude`, { result: '已上线运行，验收材料已补充' });
    expect((await xiejun.req('POST', `/api/supervision/items/${id}/confirm`, { approve: true })).json()).toEqual({ status: 'concluded' });
    const done = (await zhenghai.req('GET', `/api/supervision/items/${id}`)).json();
    expect(done).toMatchObject({ status: 'concluded', progress: 60, result: '已上线运行，验收材料已补充', concludedBy: '谢军', can: { report: false, conclude: false } });
    expect(done.timeline[1]).toMatchObject({ kind: 'report', percent: 60, files: [{ id: fileId, name: '事项清单.txt' }] });
    expect(done.timeline.map((e: { kind: string }) => e.kind)).toEqual(['created', 'report', 'milestone', 'concludeRequested', 'concludeReturned', 'concludeRequested', 'concluded']);
    expect((await zhenghai.req('POST', `/api/supervision/items/${id}/reports`, { body: '补充' })).statusCode).toBe(409);
  });

  it('opens items handed over by a meeting decision, once per decision', async () => {
    const seed = { source: 'meeting' as const, sourceId: '0193e7a0-0000-7000-8000-000000000001', title: '会议决议：修订公文处理办法', content: '由秘书科牵头修订', leadDepartmentId: dept.secretariat, ownerUserId: await t.userId('zhangwei'), deadline: inDays(20), sourceLink: '/meetings/x' };
    const first = await command(t.core, systemCtx('test'), (w) => openSupervisionItems(w, [seed]));
    const again = await command(t.core, systemCtx('test'), (w) => openSupervisionItems(w, [seed]));
    expect(again).toEqual(first);
    const zhangwei = await t.as('zhangwei');
    expect((await zhangwei.req('GET', `/api/supervision/items/${first[0]}`)).json()).toMatchObject({ source: 'meeting', sourceLink: '/meetings/x', owner: '张伟' });
  });

  it('opens an item for an incoming document marked 督办 at 批示 and concludes it with the 办结', async () => {
    const wuting = await t.as('wuting');
    const { id: docId } = (await wuting.req('POST', '/api/incoming', { title: '关于开展安全生产大检查的通知', sourceUnit: '示例市应急管理局', sourceDocNo: '示应急〔2026〕3号', kind: 'notice', copies: 1, pages: 2 })).json();
    const zhangwei = await t.as('zhangwei');
    expect((await zhangwei.req('POST', `/api/incoming/${docId}/propose`, { opinion: '拟请综合科办理', handlingDepartmentId: dept.general, deadline: inDays(14), supervised: true })).statusCode).toBe(200);
    const director = await t.as('wangjianguo');
    expect((await director.req('POST', `/api/incoming/${docId}/instruct`, { opinion: '请综合科牵头，按期办结。' })).statusCode).toBe(200);
    const item = await t.core.db.selectFrom('supervision_items').selectAll().where('source', '=', 'incoming').where('source_id', '=', docId).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ title: '关于开展安全生产大检查的通知', content: '请综合科牵头，按期办结。', lead_department_id: dept.general, owner_user_id: await t.userId('zhenghai'), deadline: inDays(14), status: 'open', source_link: `/incoming/${docId}` });

    // A new 督办 deadline on the 收文 moves the item's.
    expect((await wuting.req('POST', `/api/incoming/${docId}/supervise`, { supervised: true, deadline: inDays(21) })).statusCode).toBe(200);
    expect((await t.core.db.selectFrom('supervision_items').select('deadline').where('id', '=', item.id).executeTakeFirstOrThrow()).deadline).toBe(inDays(21));

    // Unmarked, the item is cancelled; marked again, a new one opens.
    expect((await wuting.req('POST', `/api/incoming/${docId}/supervise`, { supervised: false })).statusCode).toBe(200);
    expect((await t.core.db.selectFrom('supervision_items').select('status').where('id', '=', item.id).executeTakeFirstOrThrow()).status).toBe('cancelled');
    expect((await wuting.req('POST', `/api/incoming/${docId}/supervise`, { supervised: true, deadline: inDays(21) })).statusCode).toBe(200);
    const reopened = await t.core.db.selectFrom('supervision_items').select(['id', 'status']).where('source_id', '=', docId).where('status', '=', 'open').executeTakeFirstOrThrow();
    expect(reopened.id).not.toBe(item.id);

    const zhenghai = await t.as('zhenghai');
    expect((await zhenghai.req('POST', `/api/incoming/${docId}/conclude`, { result: '已完成检查并报送报告。' })).statusCode).toBe(200);
    expect((await zhenghai.req('GET', `/api/supervision/items/${reopened.id}`)).json()).toMatchObject({ status: 'concluded', result: '已完成检查并报送报告。', concludedBy: '郑海' });
  });

  it('urges at most once an hour, recorded and told to the owner', async () => {
    const xiejun = await t.as('xiejun');
    const hanbing = await t.as('hanbing');
    const id = await enter(xiejun, { title: '整改：档案库房温湿度不达标', content: '', kind: 'rectification', leadDepartmentId: dept.archives, ownerUserId: await t.userId('lufang'), deadline: inDays(5) });
    const [a, b] = await Promise.all([xiejun.req('POST', `/api/supervision/items/${id}/urge`, { message: '请本周内完成' }), hanbing.req('POST', `/api/supervision/items/${id}/urge`, {})]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error).toMatchObject({ code: 'SUPERVISION_URGED_RECENTLY', message: '一小时内已催办过，请稍后再催办' });
    expect(await notices(t, 'lufang', 'supervision.urged')).toHaveLength(1);
    expect(await auditOf(t, 'supervision.item.urge', id)).toHaveLength(1);
    // An hour later it may be urged again.
    await t.core.db.updateTable('supervision_items').set({ last_urged_at: new Date(Date.now() - 61 * 60_000).toISOString() }).where('id', '=', id).execute();
    expect((await hanbing.req('POST', `/api/supervision/items/${id}/urge`, {})).statusCode).toBe(200);
    expect(await notices(t, 'lufang', 'supervision.urged')).toHaveLength(2);
    expect((await xiejun.req('GET', '/api/supervision/items?scope=all&kind=rectification')).json().items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('keeps 整改 items under the item they rectify, each with its own deadline and state', async () => {
    const xiejun = await t.as('xiejun');
    const parent = await enter(xiejun, { title: '安全生产检查', content: '', leadDepartmentId: dept.finance, ownerUserId: await t.userId('chenggang'), deadline: inDays(30) });
    const child = await enter(xiejun, { kind: 'rectification', parentId: parent, title: '整改：消防通道堵塞', content: '', leadDepartmentId: dept.finance, ownerUserId: await t.userId('tianye'), deadline: inDays(7) });
    const view = (await xiejun.req('GET', `/api/supervision/items/${parent}`)).json();
    expect(view.children).toEqual([{ id: child, title: '整改：消防通道堵塞', deadline: inDays(7), status: 'open' }]);
    expect((await xiejun.req('GET', `/api/supervision/items/${child}`)).json()).toMatchObject({ kind: 'rectification', parentId: parent, owner: '田野' });
    const orphan = await xiejun.req('POST', '/api/supervision/items', { kind: 'rectification', parentId: '0193e7a0-0000-7000-8000-00000000ffff', title: 'x', content: '', leadDepartmentId: dept.finance, ownerUserId: await t.userId('tianye'), deadline: inDays(7) });
    expect(orphan.json().error.code).toBe('SUPERVISION_PARENT_UNKNOWN');
  });

  it('shows each person only what is theirs, and refuses what is not theirs to do', async () => {
    const xiejun = await t.as('xiejun');
    const id = await enter(xiejun, { title: '信息化项目验收', content: '', leadDepartmentId: dept.it, ownerUserId: await t.userId('dongpeng'), deadline: inDays(9) });
    const dongpeng = await t.as('dongpeng');
    const yuyang = await t.as('yuyang'); // 信息科 科长
    const heping = await t.as('heping'); // 综合科 科员
    const leader = await t.as('liuhongtao');
    expect((await yuyang.req('GET', `/api/supervision/items/${id}`)).json().can).toMatchObject({ report: true, urge: false });
    expect((await leader.req('GET', `/api/supervision/items/${id}`)).json().can).toMatchObject({ report: false, urge: false });
    expect((await heping.req('GET', `/api/supervision/items/${id}`)).statusCode).toBe(404);
    expect((await heping.req('GET', '/api/supervision/items?scope=all')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await heping.req('POST', `/api/supervision/items/${id}/reports`, { body: 'x' })).statusCode).toBe(404);
    expect((await dongpeng.req('POST', `/api/supervision/items/${id}/urge`, {})).statusCode).toBe(403);
    expect((await dongpeng.req('POST', `/api/supervision/items/${id}/confirm`, { approve: true })).statusCode).toBe(403);
    expect((await dongpeng.req('POST', '/api/supervision/items', { title: 'x', content: '', leadDepartmentId: dept.it, ownerUserId: await t.userId('dongpeng'), deadline: inDays(3) })).statusCode).toBe(403);
    expect((await dongpeng.req('GET', '/api/supervision/bulletin.pdf?period=2026-11')).statusCode).toBe(403);
    expect((await dongpeng.req('GET', '/api/supervision/board?year=2026')).statusCode).toBe(403);
    expect((await yuyang.req('GET', '/api/supervision/board?year=2026')).statusCode).toBe(200);
  });

  it('answers bad input with a clear error and writes nothing', async () => {
    const xiejun = await t.as('xiejun');
    const count = async () => Number((await t.core.db.selectFrom('supervision_items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const base = { title: '事项', content: '', leadDepartmentId: dept.general, ownerUserId: await t.userId('zhenghai'), deadline: inDays(10) };
    const past = await xiejun.req('POST', '/api/supervision/items', { ...base, deadline: '2020-01-01' });
    expect(past.statusCode).toBe(422);
    expect(past.json().error.fields.deadline).toBe('期限不能早于今天');
    expect((await xiejun.req('POST', '/api/supervision/items', { ...base, title: '' })).statusCode).toBe(400);
    expect((await xiejun.req('POST', '/api/supervision/items', { ...base, deadline: '2026-02-30' })).statusCode).toBe(400);
    expect((await xiejun.req('POST', '/api/supervision/items', { ...base, extra: 1 })).statusCode).toBe(400);
    const late = await xiejun.req('POST', '/api/supervision/items', { ...base, milestones: [{ title: '节点', dueOn: inDays(20) }] });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields.milestones).toBe('节点日期不能晚于办理期限');
    const nobody = await xiejun.req('POST', '/api/supervision/items', { ...base, ownerUserId: '0193e7a0-0000-7000-8000-00000000ffff' });
    expect(nobody.json().error).toMatchObject({ code: 'SUPERVISION_OWNER_UNKNOWN' });
    expect((await xiejun.req('POST', '/api/supervision/items', { ...base, leadDepartmentId: '0193e7a0-0000-7000-8000-00000000ffff' })).json().error.code).toBe('SUPERVISION_DEPARTMENT_UNKNOWN');
    expect((await xiejun.req('GET', '/api/supervision/items/not-a-uuid')).statusCode).toBe(400);
    expect((await xiejun.req('GET', '/api/supervision/bulletin.pdf?period=2026-13')).statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});
