import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp } from '../workflow/test-support.js';
import { extractText } from '../documents/service/attachment-text.js';
import { departmentIds, enter, inDays, sweep, type App } from './test-support.js';

describeEachDialect('supervision: 考核 board and 通报 PDF', (dialect) => {
  let t: App;
  beforeAll(async () => {
    t = await demoApp(dialect);
    const dept = await departmentIds(t);
    const xiejun = await t.as('xiejun');
    // A past year's items, placed in it by their dates: 综合科 one on time, one late, one still open; 信息科 one on time.
    const item = async (title: string, department: string, owner: string, deadline: string, concludedOn: string | null) => {
      const id = await enter(xiejun, { title, content: '', leadDepartmentId: dept[department], ownerUserId: await t.userId(owner), deadline: inDays(5) });
      if (concludedOn) await xiejun.req('POST', `/api/supervision/items/${id}/conclude`, { result: '已完成' });
      await t.core.db.updateTable('supervision_items').set({ deadline, ...(concludedOn ? { concluded_on: concludedOn } : {}) }).where('id', '=', id).execute();
    };
    await item('春季安全检查', 'general', 'zhenghai', '2025-03-10', '2025-03-08');
    await item('政务信息报送', 'general', 'heping', '2025-03-20', '2025-04-02');
    await item('调研报告撰写', 'general', 'dujuan', '2025-05-15', null);
    await item('机房改造', 'it', 'dongpeng', '2025-05-31', '2025-05-30');
    await sweep(t);
  });
  afterAll(() => t.close());

  it('computes the on-time rate, overdue and open counts per department and the monthly trend', async () => {
    const board = (await (await t.as('wangjianguo')).req('GET', '/api/supervision/board?year=2025')).json();
    expect(board.departments).toEqual([
      { departmentId: expect.any(String), department: '综合科', total: 3, open: 1, concluded: 2, onTime: 1, overdue: 2, overdueOpen: 1, onTimeRate: 33.3 },
      { departmentId: expect.any(String), department: '信息科', total: 1, open: 0, concluded: 1, onTime: 1, overdue: 0, overdueOpen: 0, onTimeRate: 100 },
    ]);
    expect(board.trend[2]).toEqual({ month: 3, total: 2, onTime: 1, overdue: 1, onTimeRate: 50 });
    expect(board.trend[4]).toEqual({ month: 5, total: 2, onTime: 1, overdue: 1, onTimeRate: 50 });
    expect(board.trend[0]).toEqual({ month: 1, total: 0, onTime: 0, overdue: 0, onTimeRate: null });
    expect((await (await t.as('xiejun')).req('GET', '/api/supervision/board?year=2024')).json().departments).toEqual([]);
  });

  it('produces the quarter’s bulletin as a PDF naming the departments, recorded and audited', async () => {
    const xiejun = await t.as('xiejun');
    const res = await xiejun.req('GET', '/api/supervision/bulletin.pdf?period=2025-Q2');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('督办通报-2025-Q2.pdf'));
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await extractText('b.pdf', 'application/pdf', async () => pdf)).replace(/\s+/g, '');
    for (const words of ['督办事项通报', '2025年第2季度', '综合科', '信息科', '调研报告撰写', '政务信息报送', '机房改造']) expect(text).toContain(words);
    expect(text).not.toContain('春季安全检查');

    const month = (await xiejun.req('GET', '/api/supervision/bulletin.pdf?period=2025-03')).rawPayload;
    const march = (await extractText('m.pdf', 'application/pdf', async () => month)).replace(/\s+/g, '');
    expect(march).toContain('春季安全检查');
    expect(march).toContain('2025年3月');

    const list = (await xiejun.req('GET', '/api/supervision/bulletins')).json();
    expect(list.items.map((b: { period: string; concluded: number; overdue: number; createdBy: string }) => [b.period, b.concluded, b.overdue, b.createdBy])).toEqual([
      ['2025-03', 1, 1, '谢军'],
      ['2025-Q2', 2, 1, '谢军'],
    ]);
    const audits = await t.core.db.selectFrom('audit_log').select('summary').where('action', '=', 'supervision.bulletin').execute();
    expect(audits).toHaveLength(2);
  });
});
