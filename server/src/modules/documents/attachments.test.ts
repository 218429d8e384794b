import { afterAll, beforeAll, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import { PDFDocument } from 'pdf-lib';
import PDFKit from 'pdfkit';
import { Document, Packer, Paragraph } from 'docx';
import { describeEachDialect, uploadFile } from '../../test/harness.js';
import { demoApp } from '../workflow/test-support.js';

type App = Awaited<ReturnType<typeof demoApp>>;
const totpNow = (secret: string) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();

describeEachDialect('documents: versioned 附件 on the 稿纸, their text in search and their names in the 附件说明', (dialect) => {
  let t: App;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  const docx = (text: string) => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  /** A one-page PDF with a Chinese text layer. */
  const pdfWith = (text: string) =>
    new Promise<Buffer>((resolve) => {
      const doc = new PDFKit({ size: 'A4' });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.font('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular').fontSize(14).text(text);
      doc.end();
    });

  it('the drafter attaches a DOCX, uploads a new version, and its words are found by search; others cannot change them', async () => {
    const sunli = await t.as('sunli');
    const id = (await sunli.req('POST', '/api/documents', { kind: 'notice', title: '关于规范公务接待工作的通知' })).json().id as string;
    const first = await uploadFile(sunli, '公务接待标准.docx', await docx('工作餐标准按照每人每餐不超过规定金额执行。'), DOCX);
    expect((await sunli.req('POST', `/api/documents/${id}/attachments`, { fileIds: [first] })).statusCode).toBe(200);
    let list = (await sunli.req('GET', `/api/documents/${id}/attachments`)).json().items;
    expect(list).toMatchObject([{ role: 'attachment', name: '公务接待标准.docx', version: 1, uploadedBy: '孙丽' }]);

    const found = async (q: string) => (await sunli.req('GET', `/api/documents/search?q=${encodeURIComponent(q)}`)).json().items.map((i: { ownerId: string }) => i.ownerId);
    expect(await found('工作餐')).toContain(id);

    const second = await uploadFile(sunli, '公务接待标准.docx', await docx('住宿安排在定点饭店，标准间为主。'), DOCX);
    const revised = await sunli.req('POST', `/api/documents/${id}/attachments/${list[0].groupId}/versions`, { fileId: second });
    expect(revised.json()).toEqual({ version: 2 });
    list = (await sunli.req('GET', `/api/documents/${id}/attachments`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0].versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(await found('定点饭店')).toContain(id);
    expect(await found('工作餐')).not.toContain(id);

    // A PDF's text layer is searched too.
    const pdf = await pdfWith('附件二：定点饭店名录及协议价格');
    expect((await sunli.req('POST', `/api/documents/${id}/attachments`, { fileIds: [await uploadFile(sunli, '定点饭店名录.pdf', pdf, 'application/pdf')] })).statusCode).toBe(200);
    expect(await found('协议价格')).toContain(id);

    // Someone else's file cannot be slipped in; a person who cannot see the document is told it does not exist.
    const zhoujie = await t.as('zhoujie');
    const theirs = await uploadFile(zhoujie, '其他.txt', Buffer.from('无关内容'), 'text/plain');
    expect((await sunli.req('POST', `/api/documents/${id}/attachments`, { fileIds: [theirs] })).statusCode).toBe(422);
    expect((await zhoujie.req('POST', `/api/documents/${id}/attachments`, { fileIds: [theirs] })).statusCode).toBe(404);

    // Once it is sent for review, the drafter no longer changes it; the 核稿 reviewer may.
    expect((await sunli.req('POST', `/api/documents/${id}/submit`, {})).statusCode).toBe(200);
    const third = await uploadFile(sunli, '补充.txt', Buffer.from('补充说明'), 'text/plain');
    expect((await sunli.req('POST', `/api/documents/${id}/attachments`, { fileIds: [third] })).statusCode).toBe(403);
    const zhangwei = await t.as('zhangwei');
    expect((await zhangwei.req('DELETE', `/api/documents/${id}/attachments/${list[0].groupId}`)).statusCode).toBe(200);
    expect((await zhangwei.req('GET', `/api/documents/${id}/attachments`)).json().items.map((a: { name: string }) => a.name)).toEqual(['定点饭店名录.pdf']);
    const audit = await t.core.db.selectFrom('audit_log').select('action').where('target_id', '=', id).where('action', 'like', 'document.attachment.%').orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['document.attachment.add', 'document.attachment.revise', 'document.attachment.add', 'document.attachment.remove']);
  });
  it("a 秘密 document's attachment is stored SM4-encrypted and leaves only as a watermarked PDF, after the second factor, recorded", async () => {
    const zhaomin = await t.as('zhaomin');
    const id = (await zhaomin.req('POST', '/api/documents', { kind: 'notice', secretLevel: 'secret', secretTerm: '5年', title: '关于涉密载体清查的通知' })).json().id as string;
    const pdf = await PDFDocument.create();
    pdf.addPage([300, 200]);
    const original = Buffer.from(await pdf.save());
    const uploaded = await uploadFile(zhaomin, '清查表.pdf', original, 'application/pdf');
    const plainSha = (await t.core.db.selectFrom('files').select('sha').where('id', '=', uploaded).executeTakeFirstOrThrow()).sha;
    expect((await zhaomin.req('POST', `/api/documents/${id}/attachments`, { fileIds: [uploaded] })).statusCode).toBe(200);

    // Stored again encrypted as the system's; the plain upload and its blob are gone.
    const row = await t.core.db.selectFrom('document_attachments').innerJoin('files', 'files.id', 'document_attachments.file_id').select(['document_attachments.id', 'files.sha', 'files.encrypted', 'files.owner_user_id']).where('document_id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ encrypted: 1, owner_user_id: 'system' });
    expect(await t.core.db.selectFrom('files').select('id').where('id', '=', uploaded).executeTakeFirst()).toBeUndefined();
    expect(fs.existsSync(path.join(t.core.config.dataDir, 'files', plainSha.slice(0, 2), plainSha))).toBe(false);
    const stored = fs.readFileSync(path.join(t.core.config.dataDir, 'files', row.sha.slice(0, 2), row.sha));
    expect(stored.includes(Buffer.from('%PDF'))).toBe(false);

    const url = `/api/documents/${id}/attachments/${row.id}/file`;
    expect((await zhaomin.req('GET', url)).json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    const setup = (await zhaomin.req('POST', '/api/auth/totp/setup')).json();
    await zhaomin.req('POST', '/api/auth/totp/enable', { code: totpNow(setup.secret) });
    await zhaomin.req('POST', '/api/auth/second-factor', { code: totpNow(setup.secret) });
    const copy = await zhaomin.req('GET', url);
    expect(copy.statusCode).toBe(200);
    expect(copy.headers['content-type']).toContain('application/pdf');
    expect(copy.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect(copy.rawPayload.length).toBeGreaterThan(original.length);
    const audit = await t.core.db.selectFrom('audit_log').select('action').where('target_id', '=', id).where('action', '=', 'document.attachment.download').execute();
    expect(audit).toHaveLength(1);
  });
});
