import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { unzipSync } from 'fflate';
import { sm3Hex } from '../../platform/crypto/index.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { createWorker } from '../../platform/jobs/setup.js';
import { demoApp, todoOn } from '../workflow/test-support.js';
import { verifyPdf } from './seal/index.js';
import { registeredSeals } from './service/seals.js';

type App = Awaited<ReturnType<typeof demoApp>>;

/** A real SMTP server on a free port that keeps what it receives. */
async function mailbox() {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The text/plain part of a message as nodemailer writes it (base64 for Chinese text). */
function plainTextOf(raw: string): string {
  const part = /Content-Type: text\/plain[^]*?Content-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(raw);
  return part ? Buffer.from(part[1]!.replace(/\s/g, ''), 'base64').toString('utf8') : '';
}

describeEachDialect('documents: 编号, 用印排版, 分发, 签收 and 归档', (dialect) => {
  let t: App;
  let mail: Awaited<ReturnType<typeof mailbox>>;
  let id: string;
  let instanceId: string;
  beforeAll(async () => {
    mail = await mailbox();
    t = await demoApp(dialect, { mail: { smtpUrl: mail.url, from: '通办 <tongban@example.gov.cn>' }, publicUrl: 'https://oa.example.gov.cn' });
    const departments = Object.fromEntries((await t.core.db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]));
    const sunli = await t.as('sunli');
    id = (await sunli.req('POST', '/api/documents', { kind: 'notice' })).json().id;
    await sunli.req('PUT', `/api/documents/${id}`, {
      baseRevision: 1,
      title: '关于做好年度预算执行工作的通知',
      body: '<p>为做好年度预算执行工作，现将有关事项通知如下：</p><h1>一、总体要求</h1><p>严格执行年度预算，确保资金安全。</p>',
      countersignDepartmentIds: [departments.general],
      copyTo: ['市审计局'],
    });
    instanceId = (await sunli.req('POST', `/api/documents/${id}/submit`, {})).json().flowInstanceId;
    for (const who of ['zhangwei', 'zhenghai', 'wangjianguo']) {
      const s = await t.as(who);
      const todo = await todoOn(s, instanceId);
      expect((await s.req('POST', `/api/workflow/tasks/${todo.taskId}/approve`, { opinion: '同意' })).statusCode).toBe(200);
    }
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const completeStep = async (username: string) => {
    const s = await t.as(username);
    const todo = await todoOn(s, instanceId);
    return s.req('POST', `/api/workflow/tasks/${todo.taskId}/approve`, {});
  };

  it('the 文书 takes the next 文号, lays it out with the seal and signature, distributes it; recipients sign for it; it is archived', async () => {
    const wuting = await t.as('wuting');
    // Only the clerk holding the step may act; a 科员 may not.
    expect((await (await t.as('sunli')).req('POST', `/api/documents/${id}/number`, {})).statusCode).toBe(403);
    const year = new Date().getFullYear();
    const numbered = await wuting.req('POST', `/api/documents/${id}/number`, {});
    expect(numbered.json()).toEqual({ docNo: `示政办发〔${year}〕1号` });
    expect((await wuting.req('POST', `/api/documents/${id}/number`, {})).statusCode).toBe(409);
    expect((await completeStep('wuting')).statusCode).toBe(200);

    const seals = (await wuting.req('GET', '/api/seals')).json().items;
    expect(seals).toHaveLength(1);
    const formal = await wuting.req('POST', `/api/documents/${id}/formal`, { sealId: seals[0].id });
    expect(formal.statusCode).toBe(200);
    const pdf = await wuting.req('GET', `/api/files/${formal.json().pdfFileId}`);
    expect(pdf.statusCode).toBe(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-formal-')), 'formal.pdf');
    fs.writeFileSync(file, pdf.rawPayload);
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain('关于做好年度预算执行工作的通知');
    expect(text.replace(/\s/g, '')).toContain(`示政办发〔${year}〕1号`);
    const verified = await verifyPdf(pdf.rawPayload, registeredSeals(t.core.db));
    expect(verified.status).toBe('intact');
    expect(verified.seals[0]).toMatchObject({ signer: '吴婷', unit: '示例市人民政府办公室', registered: { unit: '示例市人民政府办公室' } });
    // The public verification page names the document and the digest of the formal file.
    const page = await t.app.inject({ method: 'GET', url: `/verify/${id}` });
    expect(page.body).toContain(`示政办发〔${year}〕1号`);
    expect(page.body).toContain('关于做好年度预算执行工作的通知');
    expect((await completeStep('wuting')).statusCode).toBe(200);

    const general = await t.core.db.selectFrom('departments').select('id').where('code', '=', 'general').executeTakeFirstOrThrow();
    const units = (await wuting.req('GET', '/api/external-units')).json().items as { id: string; name: string; email: string }[];
    const distributed = await wuting.req('POST', `/api/documents/${id}/distribute`, { departmentIds: [general.id], externalUnitIds: units.map((u) => u.id) });
    expect(distributed.json()).toEqual({ count: 3 });
    const board = (await wuting.req('GET', `/api/documents/${id}/distributions`)).json();
    expect(board).toMatchObject({ total: 3, signed: 0 });
    expect(board.items.map((i: { channel: string }) => i.channel).sort()).toEqual(['email', 'paper', 'system']);

    // The e-mail goes out from the job queue, over SMTP, with the PDF and the acknowledgement link.
    await (await createWorker(t.core)).runDue();
    expect(mail.received).toHaveLength(1);
    expect(mail.received[0]).toContain('bangongshi@czj.example.gov.cn');
    expect(mail.received[0]).toContain('application/pdf');
    const message = plainTextOf(mail.received[0]!);
    expect(message).toContain('关于做好年度预算执行工作的通知');
    const link = /https:\/\/oa\.example\.gov\.cn\/receipt\/([A-Za-z0-9_-]{32})/.exec(message);
    expect(link).not.toBeNull();
    const acknowledged = await t.app.inject({ method: 'POST', url: `/receipt/${link![1]}` });
    expect(acknowledged.body).toContain('已确认收文');

    // 综合科's 文书 finds it among the copies to sign for and signs.
    const xujing = await t.as('xujing');
    const waiting = (await xujing.req('GET', '/api/document-distributions?status=sent')).json().items;
    expect(waiting).toHaveLength(1);
    expect((await xujing.req('POST', `/api/document-distributions/${waiting[0].id}/sign`)).statusCode).toBe(200);
    expect((await xujing.req('POST', `/api/document-distributions/${waiting[0].id}/sign`)).statusCode).toBe(409);
    expect((await wuting.req('GET', `/api/documents/${id}/distributions`)).json()).toMatchObject({ total: 3, signed: 2 });

    expect((await completeStep('wuting')).statusCode).toBe(200);
    // 归档 cannot be completed before the archive record exists; the archivist files it as one package.
    expect((await completeStep('lufang')).statusCode).toBe(422);
    const lufang = await t.as('lufang');
    expect((await lufang.req('GET', `/api/documents/${id}/keywords`)).json().keywords).toContain('预算');
    const filed = await lufang.req('POST', `/api/documents/${id}/archive`, { retention: '30年' });
    expect(filed.statusCode).toBe(200);
    expect(filed.json().files).toEqual(expect.arrayContaining(['正式文件.pdf', '正式文件.docx', '发文稿纸.pdf', '修改稿/第1稿.html', '修改稿/第2稿.html', '批注.json', '办理过程.json']));
    const zip = unzipSync(new Uint8Array((await lufang.req('GET', `/api/files/${filed.json().packageFileId}`)).rawPayload));
    const manifest = Buffer.from(zip['manifest-sm3.txt']!).toString('utf8').trim().split('\n');
    expect(manifest.length).toBeGreaterThanOrEqual(7);
    for (const line of manifest) {
      const [digest, name] = line.split('  ');
      expect(sm3Hex(Buffer.from(zip[name!]!))).toBe(digest);
    }
    const metadata = Buffer.from(zip['metadata.xml']!).toString('utf8');
    expect(metadata).toContain(`<文号>示政办发〔${year}〕1号</文号>`);
    expect(metadata).toContain('<保管期限>30年</保管期限>');
    expect((await completeStep('lufang')).statusCode).toBe(200);
    const archived = (await (await t.as('sunli')).req('GET', `/api/documents/${id}`)).json();
    expect(archived).toMatchObject({ status: 'archived', docNo: `示政办发〔${year}〕1号` });
    expect(archived.flow.instance.status).toBe('approved');

    // The 发文稿纸 carries every opinion: the 签发 box has the director's.
    const form = await (await t.as('sunli')).req('GET', `/api/documents/${id}/processing-form`);
    expect(form.headers['content-type']).toBe('application/pdf');
    const formFile = path.join(path.dirname(file), 'form.pdf');
    fs.writeFileSync(formFile, form.rawPayload);
    const formText = execFileSync('pdftotext', [formFile, '-']).toString();
    expect(formText).toContain('发文稿纸');
    expect(formText).toContain('王建国');

    // Found again by a two-character word and by its exact 文号; someone without access finds nothing, not even a count.
    const sunli = await t.as('sunli');
    const byWord = (await sunli.req('GET', `/api/documents/search?q=${encodeURIComponent('预算')}`)).json();
    expect(byWord.total).toBe(1);
    expect(byWord.items[0]).toMatchObject({ ownerId: id, number: `示政办发〔${year}〕1号` });
    expect(byWord.items[0].snippet).toContain('<mark>预算</mark>');
    const byNumber = (await sunli.req('GET', `/api/documents/search?q=${encodeURIComponent(`示政办发〔${year}〕1号`)}`)).json();
    expect(byNumber.items.map((i: { ownerId: string }) => i.ownerId)).toEqual([id]);
    expect((await (await t.as('panming')).req('GET', `/api/documents/search?q=${encodeURIComponent('预算')}`)).json()).toMatchObject({ total: 0, items: [] });
  });

  it('keeps the 发文登记簿: reserved and voided numbers stay in it, never given again', async () => {
    const wuting = await t.as('wuting');
    const rules = (await wuting.req('GET', '/api/document-number-rules')).json().items as { id: string; code: string }[];
    const rule = rules.find((r) => r.code === '示政办发')!;
    const year = new Date().getFullYear();
    const reserved = (await wuting.req('POST', '/api/document-numbers/reserve', { ruleId: rule.id, year, reason: '留给年度工作要点' })).json();
    expect(reserved).toMatchObject({ number: `示政办发〔${year}〕2号`, status: 'reserved' });
    expect((await wuting.req('POST', `/api/document-numbers/${reserved.id}/void`, { reason: '' })).statusCode).toBe(400);
    expect((await wuting.req('POST', `/api/document-numbers/${reserved.id}/void`, { reason: '计划取消' })).json()).toMatchObject({ status: 'voided' });
    const book = (await wuting.req('GET', `/api/document-numbers?ruleId=${rule.id}&year=${year}`)).json();
    expect(book.items.map((i: { seq: number; status: string }) => [i.seq, i.status])).toEqual([
      [1, 'used'],
      [2, 'voided'],
    ]);
    expect((await (await t.as('sunli')).req('GET', '/api/document-numbers')).statusCode).toBe(403);
  });
  it('a signed-for copy is registered as a 收文 with the form pre-filled and the formal PDF as its scan, once', async () => {
    const xujing = await t.as('xujing');
    const signed = (await xujing.req('GET', '/api/document-distributions?status=signed')).json().items;
    const copy = signed.find((c: { documentId: string }) => c.documentId === id);
    expect(copy).toMatchObject({ registeredId: null, late: false });
    const prefill = (await xujing.req('GET', `/api/incoming/prefill/${copy.id}`)).json();
    expect(prefill).toMatchObject({ title: '关于做好年度预算执行工作的通知', sourceUnit: '示例市人民政府办公室', sourceDocNo: expect.stringMatching(/^示政办发〔\d{4}〕1号$/) });
    // Only the recipient department's registry may read its copy.
    expect((await (await t.as('wuting')).req('GET', `/api/incoming/prefill/${copy.id}`)).statusCode).toBe(404);
    const { formalPdfFileId, ...fields } = prefill;
    const registered = await xujing.req('POST', '/api/incoming', { ...fields, distributionId: copy.id });
    expect(registered.statusCode).toBe(200);
    const view = (await xujing.req('GET', `/api/incoming/${registered.json().id}`)).json();
    expect(view.scans).toMatchObject([{ fileId: formalPdfFileId }]);
    expect((await xujing.req('GET', `/api/files/${formalPdfFileId}`)).statusCode).toBe(200);
    const after = (await xujing.req('GET', '/api/document-distributions?status=signed')).json().items;
    expect(after.find((c: { id: string }) => c.id === copy.id).registeredId).toBe(registered.json().id);
    expect((await xujing.req('POST', '/api/incoming', { ...fields, distributionId: copy.id })).statusCode).toBe(409);
  });
});
