import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, uploadFile } from '../../test/harness.js';
import { createWorker } from '../../platform/jobs/setup.js';
import { demoApp } from '../workflow/test-support.js';
import { INCOMING_SWEEP_JOB } from './service/incoming-reminders.js';
import { SWEEP_JOB as SUPERVISION_SWEEP_JOB } from '../supervision/service/sweep.js';

type App = Awaited<ReturnType<typeof demoApp>>;

describeEachDialect('documents: 收文 登记, 拟办, 批示, 承办, 督办, 办结 and 归档', (dialect) => {
  let t: App;
  let departments: Record<string, string>;
  beforeAll(async () => {
    t = await demoApp(dialect);
    departments = Object.fromEntries((await t.core.db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]));
  });
  afterAll(() => t.close());

  const count = async (table: 'incoming_documents' | 'doc_numbers' | 'documents') =>
    Number((await t.core.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const letter = { title: '关于报送2026年专项资金绩效自评报告的函', sourceUnit: '示例市财政局', sourceDocNo: '示财函〔2026〕8号', kind: 'letter', copies: 2, pages: 3, urgency: '加急' };

  it('a 文书 registers a 来文 with its scan; the same 来文单位 and 文号 cannot be registered twice', async () => {
    const wuting = await t.as('wuting');
    const scan = await uploadFile(wuting, '扫描件.txt', '请各单位对专项资金开展绩效自评，并于规定时间内报送自评报告。');
    const created = await wuting.req('POST', '/api/incoming', { ...letter, receivedOn: '2026-11-23', scanFileIds: [scan] });
    expect(created.statusCode).toBe(200);
    expect(created.json().receiptNo).toBe('收〔2026〕1号');
    const before = { incoming: await count('incoming_documents'), numbers: await count('doc_numbers'), documents: await count('documents') };

    const again = await wuting.req('POST', '/api/incoming', { ...letter, sourceUnit: ' 示例市财政局 ', title: '重复登记' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'INCOMING_DUPLICATE' });
    expect(again.json().error.message).toContain('收〔2026〕1号');
    expect({ incoming: await count('incoming_documents'), numbers: await count('doc_numbers'), documents: await count('documents') }).toEqual(before);
    const check = (await wuting.req('GET', `/api/incoming/duplicate?sourceUnit=${encodeURIComponent(letter.sourceUnit)}&sourceDocNo=${encodeURIComponent(letter.sourceDocNo)}`)).json();
    expect(check.duplicate).toMatchObject({ receiptNo: '收〔2026〕1号', title: letter.title });

    // A document without a 文号 is never a duplicate; the numbers run on without a gap.
    const second = await wuting.req('POST', '/api/incoming', { ...letter, sourceDocNo: '', title: '会议通知（无文号）', receivedOn: '2026-11-24' });
    expect(second.json().receiptNo).toBe('收〔2026〕2号');
    const view = (await wuting.req('GET', `/api/incoming/${created.json().id}`)).json();
    expect(view).toMatchObject({ receiptNo: '收〔2026〕1号', sourceUnit: '示例市财政局', status: 'registered', copies: 2, pages: 3, registeredBy: '吴婷', myTask: null });
    expect(view.scans).toMatchObject([{ name: '扫描件.txt', version: 1 }]);

    // The scan's text is searchable; someone without the registry or a task sees nothing.
    const found = (await wuting.req('GET', `/api/documents/search?q=${encodeURIComponent('绩效自评')}`)).json();
    expect(found.items.map((i: { ownerId: string }) => i.ownerId)).toContain(created.json().id);
    const panming = await t.as('panming');
    expect((await panming.req('GET', `/api/incoming/${created.json().id}`)).statusCode).toBe(404);
    expect((await panming.req('POST', '/api/incoming', { ...letter, sourceDocNo: 'X' })).statusCode).toBe(403);
    expect((await panming.req('GET', '/api/incoming?box=all')).json().total).toBe(0);
  });

  it('拟办 → 批示 → 承办 with progress → 办结 → 归档, with 督办 escalated when overdue', async () => {
    const wuting = await t.as('wuting');
    const { id } = (await wuting.req('POST', '/api/incoming', { ...letter, sourceDocNo: '示财函〔2026〕9号', title: '关于开展预算执行情况检查的通知', kind: 'notice' })).json();

    const zhangwei = await t.as('zhangwei');
    const todo = (await zhangwei.req('GET', '/api/incoming?box=todo')).json();
    expect(todo.items.find((i: { id: string }) => i.id === id)).toMatchObject({ step: '拟办', status: 'registered' });
    expect((await zhangwei.req('GET', `/api/incoming/${id}`)).json()).toMatchObject({ myTask: { purpose: 'propose', stepName: '拟办' }, can: { propose: true, conclude: false } });
    expect((await zhangwei.req('POST', `/api/incoming/${id}/propose`, { opinion: '拟请综合科办理' })).statusCode).toBe(400);
    expect((await zhangwei.req('POST', `/api/incoming/${id}/instruct`, { opinion: '同意' })).statusCode).toBe(403);
    const proposed = await zhangwei.req('POST', `/api/incoming/${id}/propose`, { opinion: '拟请综合科办理', handlingDepartmentId: departments.general, deadline: '2026-12-04', supervised: true });
    expect(proposed.statusCode, proposed.body).toBe(200);

    const director = await t.as('wangjianguo');
    expect((await director.req('POST', `/api/incoming/${id}/instruct`, { opinion: '请综合科抓紧落实，按期办结。' })).statusCode).toBe(200);
    const handling = (await director.req('GET', `/api/incoming/${id}`)).json();
    expect(handling).toMatchObject({ status: 'handling', handlingDepartment: '综合科', deadline: '2026-12-04', supervised: true });
    expect(handling.opinions.map((o: { stepName: string; opinion: string }) => [o.stepName, o.opinion])).toEqual(
      expect.arrayContaining([['拟办', '拟请综合科办理'], ['领导批示', '请综合科抓紧落实，按期办结。']]),
    );

    // The head of 综合科 handles it: progress, then 办结 with the result.
    const zhenghai = await t.as('zhenghai');
    expect((await zhenghai.req('GET', `/api/incoming/${id}`)).json()).toMatchObject({ myTask: { purpose: 'handle' }, can: { conclude: true, progress: true } });
    expect((await zhenghai.req('POST', `/api/incoming/${id}/progress`, { body: '已布置各科室自查，完成过半。' })).statusCode).toBe(200);

    // 督办 is followed as a supervision item: overdue, it is escalated once, above the handling head (its owner).
    expect((await wuting.req('POST', `/api/incoming/${id}/supervise`, { supervised: true, deadline: '2026-01-05' })).statusCode).toBe(200);
    const worker = await createWorker(t.core);
    for (let i = 0; i < 2; i++) {
      await t.core.db.updateTable('jobs').set({ run_at: new Date(0).toISOString() }).where('kind', 'in', [INCOMING_SWEEP_JOB, SUPERVISION_SWEEP_JOB]).execute();
      await worker.runDue();
    }
    const item = await t.core.db.selectFrom('supervision_items').select(['id', 'owner_user_id', 'status']).where('source', '=', 'incoming').where('source_id', '=', id).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ owner_user_id: await t.userId('zhenghai'), status: 'overdue' });
    const escalations = await t.core.db.selectFrom('audit_log').select('target_id').where('action', '=', 'supervision.item.overdue').where('target_id', '=', item.id).execute();
    expect(escalations).toHaveLength(1);
    const told = await t.core.db.selectFrom('notifications').select(['user_id', 'kind']).where('link', 'like', `%${item.id}`).execute();
    expect(told).toEqual(expect.arrayContaining([{ user_id: await t.userId('zhenghai'), kind: 'supervision.overdue' }, { user_id: await t.userId('wangjianguo'), kind: 'supervision.escalated' }]));
    const supervisedBox = (await wuting.req('GET', '/api/incoming?box=supervised')).json();
    expect(supervisedBox.items.find((i: { id: string }) => i.id === id)).toMatchObject({ overdue: true, supervised: true, handlingDepartment: '综合科' });

    expect((await zhenghai.req('POST', `/api/incoming/${id}/conclude`, { result: '' })).statusCode).toBe(400);
    expect((await zhenghai.req('POST', `/api/incoming/${id}/conclude`, { result: '已完成自查并报送检查报告。' })).statusCode).toBe(200);
    const concluded = (await zhenghai.req('GET', `/api/incoming/${id}`)).json();
    expect(concluded).toMatchObject({ status: 'concluded', result: '已完成自查并报送检查报告。', concludedBy: '郑海', overdue: false, can: { progress: false } });
    expect((await zhenghai.req('POST', `/api/incoming/${id}/progress`, { body: '补充' })).statusCode).toBe(409);

    const lufang = await t.as('lufang');
    const archived = await lufang.req('POST', `/api/incoming/${id}/archive`, { retention: '10年' });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().files).toEqual(expect.arrayContaining(['收文处理单.html']));
    expect((await lufang.req('GET', `/api/incoming/${id}`)).json()).toMatchObject({ status: 'archived', myTask: null });
    const record = await t.core.db.selectFrom('document_archives').selectAll().where('document_id', '=', id).executeTakeFirstOrThrow();
    expect(record).toMatchObject({ doc_no: expect.stringMatching(/^收〔2026〕\d+号$/), retention: '10年' });
  });
});
