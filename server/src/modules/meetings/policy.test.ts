import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, uploadFile } from '../../test/harness.js';
import { nowIso } from '../../platform/util.js';
import { demoApp } from '../workflow/test-support.js';
import { approvedMeeting, shanghai, type App } from './test-support.js';

describeEachDialect('meetings: who may see what, classified materials, bad input', (dialect) => {
  let t: App;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  const meetingCount = async () => Number((await t.core.db.selectFrom('meetings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const onePagePdf = async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([300, 300]);
    return Buffer.from(await pdf.save());
  };

  it('refuses bad applications with field messages and changes nothing', async () => {
    const s = await t.as('zhenghai');
    const ok = { topic: '测试会', startAt: shanghai(2, '09:00'), endAt: shanghai(2, '10:00'), onlineUrl: 'https://meeting.tencent.com/dm/1' };
    const before = await meetingCount();
    const bad = async (body: Record<string, unknown>, status: number, field?: string) => {
      const res = await s.req('POST', '/api/meetings', { ...ok, ...body });
      expect(res.statusCode, res.body).toBe(status);
      if (field) expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
      return res.json().error;
    };
    await bad({ endAt: shanghai(2, '08:00') }, 400, 'endAt');
    expect((await bad({ onlineUrl: 'http://evil.example.com/x' }, 400, 'onlineUrl')).fields.onlineUrl).toContain('腾讯会议');
    await bad({ onlineUrl: '' }, 400, 'roomId');
    await bad({ topic: '' }, 400, 'topic');
    await bad({ startAt: 'tomorrow' }, 400, 'startAt');
    await bad({ colour: 'red' }, 400);
    await bad({ attendeeUserIds: ['01a20000-0000-7000-8000-000000000000'] }, 422, 'attendeeUserIds');
    // A 秘密 meeting: 黄晓燕 (内部) cannot be invited, and she cannot apply for one.
    const low = await bad({ classification: 'secret', attendeeUserIds: [await t.userId('huangxiaoyan')] }, 422, 'attendeeUserIds');
    expect(low).toMatchObject({ code: 'MEETING_CLEARANCE_TOO_LOW', message: expect.stringContaining('黄晓燕') });
    const huang = await t.as('huangxiaoyan');
    expect((await huang.req('POST', '/api/meetings', { ...ok, classification: 'secret' })).json().error.code).toBe('MEETING_CLEARANCE_TOO_LOW');
    expect(await meetingCount()).toBe(before);
  });

  it('hides a meeting and its materials from those not in it; attendees cannot manage it', async () => {
    const huangId = await t.userId('huangxiaoyan');
    const id = await approvedMeeting(t, 'zhenghai', { topic: '内部会', startAt: shanghai(1, '09:00'), endAt: shanghai(1, '10:00'), onlineUrl: 'https://zoom.us/j/2', attendeeUserIds: [huangId, await t.userId('heping')] });
    const organiser = await t.as('zhenghai');
    const file = await uploadFile(organiser, '议程.txt', Buffer.from('议程'), 'text/plain');
    const first = (await organiser.req('POST', `/api/meetings/${id}/materials`, { fileId: file })).json();
    // Within 24 hours of the start: taken, flagged late.
    expect(first).toMatchObject({ version: 1, late: true });
    const second = await organiser.req('POST', `/api/meetings/${id}/materials`, { fileId: await uploadFile(organiser, '议程.txt', Buffer.from('议程v2'), 'text/plain'), groupId: first.groupId });
    expect(second.json()).toMatchObject({ version: 2 });
    const told = await t.core.db.selectFrom('notifications').select(['user_id', 'body']).where('kind', '=', 'meeting.materialVersion').where('link', '=', `/meetings/${id}`).execute();
    expect(told.map((n) => n.user_id)).toContain(huangId);
    expect(told[0]!.body).toContain('第 2 版');

    const outsider = await t.as('panming');
    for (const [method, url, body] of [
      ['GET', `/api/meetings/${id}`],
      ['GET', `/api/meetings/${id}/materials`],
      ['GET', `/api/meetings/${id}/materials/${second.json().id}/file`],
      ['GET', `/api/meetings/${id}/minutes`],
      ['POST', `/api/meetings/${id}/reply`, { reply: 'accepted' }],
      ['PUT', `/api/meetings/${id}`, { topic: 'x', startAt: shanghai(1, '09:00'), endAt: shanghai(1, '10:00'), onlineUrl: 'https://zoom.us/j/2' }],
      ['POST', `/api/meetings/${id}/cancel`, {}],
    ] as const) {
      expect((await outsider.req(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await outsider.req('GET', '/api/meetings?when=all')).json().items.map((m: { id: string }) => m.id)).not.toContain(id);
    expect((await outsider.req('GET', '/api/meetings?scope=all')).statusCode).toBe(403);

    const huang = await t.as('huangxiaoyan');
    const materials = (await huang.req('GET', `/api/meetings/${id}/materials`)).json();
    expect(materials.items).toMatchObject([{ name: '议程.txt', versions: [{ version: 2 }, { version: 1, late: true }] }]);
    const download = await huang.req('GET', `/api/meetings/${id}/materials/${second.json().id}/file`);
    expect(download.body).toBe('议程v2');
    expect((await huang.req('POST', `/api/meetings/${id}/cancel`, {})).statusCode).toBe(403);
    expect((await huang.req('GET', `/api/meetings/${id}/sign-in/code`)).statusCode).toBe(403);
    expect((await huang.req('POST', `/api/meetings/${id}/sign-in/manual`, { userIds: [huangId] })).statusCode).toBe(403);
    // The 会务管理员 sees the unit's meetings.
    expect((await (await t.as('zhoujie')).req('GET', '/api/meetings?scope=all&when=all&pageSize=100')).json().items.map((m: { id: string }) => m.id)).toContain(id);
  });

  it('a 秘密 meeting asks for the second factor before its materials, which come as watermarked PDFs', async () => {
    const id = await approvedMeeting(t, 'zhenghai', { topic: '涉密事项专题会', classification: 'secret', startAt: shanghai(3, '09:00'), endAt: shanghai(3, '10:00'), onlineUrl: 'https://meeting.tencent.com/dm/s', attendeeUserIds: [await t.userId('lianghao')] });
    // Someone else's clash check sees that 梁浩 is busy, not with what.
    const q = `startAt=${encodeURIComponent(shanghai(3, '09:30'))}&endAt=${encodeURIComponent(shanghai(3, '11:00'))}&userIds=${await t.userId('lianghao')}`;
    expect((await (await t.as('shenjie')).req('GET', `/api/meetings/clashes?${q}`)).json().items).toEqual([expect.objectContaining({ name: '梁浩', items: [expect.objectContaining({ title: '（秘密会议）' })] })]);
    // Nor does the topic leave the system through 梁浩's own calendar feed (phones, mail clients).
    const { url } = (await (await t.as('lianghao')).req('POST', '/api/schedule/feed')).json();
    const feed = await t.app.inject({ method: 'GET', url: new URL(url).pathname });
    expect(feed.body).toContain('BEGIN:VEVENT');
    expect(feed.body).not.toContain('涉密事项专题会');
    const organiser = await t.as('zhenghai');
    const text = await uploadFile(organiser, '说明.txt', Buffer.from('x'), 'text/plain');
    expect((await organiser.req('POST', `/api/meetings/${id}/materials`, { fileId: text })).json().error.fields.fileId).toContain('PDF');
    const original = await onePagePdf();
    const added = (await organiser.req('POST', `/api/meetings/${id}/materials`, { fileId: await uploadFile(organiser, '方案.pdf', original, 'application/pdf') })).json();
    const stored = await t.core.db.selectFrom('meeting_materials').innerJoin('files', 'files.id', 'meeting_materials.file_id').select(['files.id', 'files.encrypted']).where('meeting_materials.id', '=', added.id).executeTakeFirstOrThrow();
    expect(stored.encrypted).toBe(1);

    // The 会务管理员 (周杰, 内部) neither lists nor opens a 秘密 meeting.
    const zhoujie = await t.as('zhoujie');
    expect((await zhoujie.req('GET', '/api/meetings?scope=all&when=all&pageSize=100')).json().items.map((m: { id: string }) => m.id)).not.toContain(id);
    expect((await zhoujie.req('GET', `/api/meetings/${id}`)).statusCode).toBe(404);
    const lianghao = await t.as('lianghao');
    expect((await lianghao.req('GET', `/api/meetings/${id}`)).statusCode).toBe(200);
    expect((await lianghao.req('GET', `/api/meetings/${id}/materials`)).json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await lianghao.req('GET', `/api/meetings/${id}/materials/${added.id}/file`)).json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await lianghao.req('GET', `/api/files/${stored.id}`)).statusCode).toBe(404);
    await t.core.db.updateTable('sessions').set({ second_factor_at: nowIso() }).where('user_id', '=', await t.userId('lianghao')).execute();
    expect((await lianghao.req('GET', `/api/meetings/${id}/materials`)).json().items).toHaveLength(1);
    const copy = await lianghao.req('GET', `/api/meetings/${id}/materials/${added.id}/file`);
    expect(copy.headers['content-type']).toBe('application/pdf');
    expect(copy.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(copy.rawPayload.length).toBeGreaterThan(original.length);
    const logged = await t.core.db.selectFrom('audit_log').select('action').where('target_id', '=', id).where('action', '=', 'meeting.material.download').execute();
    expect(logged).toHaveLength(1);
  });
});
