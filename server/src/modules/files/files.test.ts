import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, multipartBody, type Session } from '../../test/harness.js';
import { demoApp, todoOn } from '../workflow/test-support.js';

describeEachDialect('attachments', (dialect) => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  const upload = async (s: Session, text: string) => {
    const m = multipartBody(Buffer.from(text), { filename: '会议纪要.txt', contentType: 'text/plain' });
    return t.app.inject({ method: 'POST', url: '/api/files', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...m.headers }, payload: m.body });
  };

  it('uploads, attaches to an instance, and lets exactly those who see the instance download it', async () => {
    const sunli = await t.as('sunli');
    const uploaded = await upload(sunli, '附件内容');
    expect(uploaded.statusCode).toBe(200);
    const file = uploaded.json();
    const general = (await sunli.req('GET', '/api/workflow/definitions?startable=true')).json().items.find((d: { key: string }) => d.key === 'general');
    const started = await sunli.req('POST', '/api/workflow/instances', {
      definitionId: general.id,
      form: { title: '采购申请', content: '见附件', attachment: [file.id] },
      chosenAssignees: { chosen: [await t.userId('zhangwei')] },
    });
    expect(started.statusCode).toBe(200);
    const zhangwei = await t.as('zhangwei');
    await todoOn(zhangwei, started.json().id);
    const download = await zhangwei.req('GET', `/api/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('附件内容');
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('会议纪要.txt'));
    expect((await (await t.as('heping')).req('GET', `/api/files/${file.id}`)).statusCode).toBe(404);
    expect((await (await t.as('heping')).req('GET', `/api/files?ids=${file.id}`)).json().items).toEqual([]);
  });

  it('refuses to attach someone else’s file', async () => {
    const theirs = (await upload(await t.as('zhoujie'), '别人的文件')).json();
    const sunli = await t.as('sunli');
    const general = (await sunli.req('GET', '/api/workflow/definitions?startable=true')).json().items.find((d: { key: string }) => d.key === 'general');
    const res = await sunli.req('POST', '/api/workflow/instances', {
      definitionId: general.id,
      form: { title: '借用', content: 'x', attachment: [theirs.id] },
      chosenAssignees: { chosen: [await t.userId('zhangwei')] },
    });
    expect(res.json().error.code).toBe('FILE_INVALID');
  });
});
