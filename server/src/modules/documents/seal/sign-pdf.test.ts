import { describe, expect, it } from 'vitest';
import { generateSm2KeyPair, sm2PrivateKeyToPem, sm3Hex } from '../../../platform/crypto/index.js';
import { signPdf, type PdfSigner } from './sign-pdf.js';
import { pdfText, poppler, sampleNotice } from './test-support.js';
import { verifyPdf, type RegisteredSeal } from './verify-pdf.js';

const officeKey = generateSm2KeyPair();
const office: PdfSigner = { key: officeKey, signer: '张伟', seal: { id: 'seal-office', name: '公文专用章', unit: '示例市人民政府办公室' } };
const leader: PdfSigner = { key: sm2PrivateKeyToPem(generateSm2KeyPair()), signer: '王建国', seal: { id: 'seal-leader', name: '领导签名章', unit: '示例市人民政府办公室' } };
const nobodyRegistered = async () => undefined;

const flip = (pdf: Buffer, at: number) => {
  const copy = Buffer.from(pdf);
  copy[at]! ^= 0x20;
  return copy;
};

describe('PDF seals', async () => {
  const original = await sampleNotice();
  const signedAt = new Date('2026-01-20T02:30:00Z');
  const sealed = signPdf(original, office, signedAt);

  it('leaves a file PDF readers still open and read', () => {
    const info = poppler('pdfinfo', sealed);
    expect(info.stderr).toBe('');
    expect(info.stdout.toString()).toMatch(/Pages:\s+1/);
    expect(pdfText(sealed)).toContain('关于做好2026年春节期间值班工作的通知');
    expect(poppler('pdftotext', signPdf(sealed, leader)).stderr).toBe('');
  });

  it('reports an intact seal with who sealed, with what, when, and the SM3 digest of the original', async () => {
    const registered: RegisteredSeal = { sealName: '公文专用章', unit: '示例市人民政府办公室' };
    const lookedUp: string[] = [];
    const result = await verifyPdf(sealed, async (key) => {
      lookedUp.push(key);
      return key === officeKey.publicKey ? registered : undefined;
    });
    expect(result).toMatchObject({ status: 'intact', unsealedBytes: 0, damagedSeals: 0 });
    expect(result.seals).toEqual([
      expect.objectContaining({
        status: 'intact',
        signer: '张伟',
        sealId: 'seal-office',
        signedAt: '2026-01-20T02:30:00.000Z',
        digest: sm3Hex(original),
        publicKey: officeKey.publicKey,
        registered,
      }),
    ]);
    expect(lookedUp).toEqual([officeKey.publicKey]);
  });

  it('calls a file without a seal unsigned', async () => {
    expect((await verifyPdf(original, nobodyRegistered)).status).toBe('unsigned');
  });

  it('calls any changed byte of the sealed content altered', async () => {
    const positions = [0, 1, original.length - 1, original.length - 6];
    for (let at = 7; at < original.length; at += 1009) positions.push(at);
    for (const at of positions) {
      const result = await verifyPdf(flip(sealed, at), nobodyRegistered);
      expect(result.status, `byte ${at}`).toBe('altered');
    }
  });

  it('calls altered seal attributes, a changed pointer, added content and a damaged seal altered', async () => {
    const tail = sealed.subarray(original.length).toString('latin1');
    const payload = /BEGIN (\S+) /.exec(tail)![1]!;
    const block = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    const withBlock = (changes: object) =>
      Buffer.concat([original, Buffer.from(tail.replace(payload, Buffer.from(JSON.stringify({ ...block, ...changes })).toString('base64')), 'latin1')]);
    expect((await verifyPdf(withBlock({}), nobodyRegistered)).status).toBe('intact');
    expect((await verifyPdf(withBlock({ signer: '李四' }), nobodyRegistered)).status).toBe('altered');
    expect((await verifyPdf(withBlock({ signedAt: '2025-12-31T00:00:00.000Z' }), nobodyRegistered)).status).toBe('altered');
    expect((await verifyPdf(withBlock({ extra: 1 }), nobodyRegistered)).damagedSeals).toBe(1);

    const pointerMoved = Buffer.from(sealed.toString('latin1').replace(/startxref\n(\d+)\n%%EOF\n$/, (_, n) => `startxref\n${Number(n) - 1}\n%%EOF\n`), 'latin1');
    expect((await verifyPdf(pointerMoved, nobodyRegistered)).status).toBe('altered');

    const appended = await verifyPdf(Buffer.concat([sealed, Buffer.from('1 0 obj\n<<>>\nendobj\n')]), nobodyRegistered);
    expect(appended).toMatchObject({ status: 'altered', unsealedBytes: 20 });
    expect(appended.seals[0]!.status).toBe('intact');

    const truncated = await verifyPdf(sealed.subarray(0, sealed.length - 40), nobodyRegistered);
    expect(truncated).toMatchObject({ status: 'altered', damagedSeals: 1 });
  });

  it('chains seals: a countersignature covers the first seal, and each is checked', async () => {
    const countersigned = signPdf(sealed, leader);
    const result = await verifyPdf(countersigned, nobodyRegistered);
    expect(result.status).toBe('intact');
    expect(result.seals.map((s) => [s.signer, s.status])).toEqual([['张伟', 'intact'], ['王建国', 'intact']]);

    const firstSealEdited = flip(countersigned, original.length + 30);
    expect((await verifyPdf(firstSealEdited, nobodyRegistered)).status).toBe('altered');
    const contentEdited = await verifyPdf(flip(countersigned, 100), nobodyRegistered);
    expect(contentEdited.seals.map((s) => s.status)).toEqual(['altered', 'altered']);
  });

  it('refuses to seal what is not a PDF', () => {
    expect(() => signPdf(Buffer.from('hello'), office)).toThrow(/not a PDF/);
  });
});
