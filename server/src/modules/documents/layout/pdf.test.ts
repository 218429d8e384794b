import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LayoutError, renderFormalPdf, toPlainText } from './index.js';
import { SAMPLE_QR_URL, SAMPLE_TITLE, ringSeal, sampleDocument, upwardDocument } from './test-fixtures.js';
import {
  decodeQr,
  gbt9704Check,
  pageCount,
  pdfText,
  saveTo,
  squeezed,
  tempDir,
  tool,
  wordBoxes,
} from './test-tools.js';

const MM = 72 / 25.4;
const dir = tempDir();
let samplePath: string;
let upwardPath: string;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  samplePath = saveTo(dir, 'sample.pdf', await renderFormalPdf(sampleDocument, { seal: ringSeal }));
  upwardPath = saveTo(dir, 'upward.pdf', await renderFormalPdf(upwardDocument));
});

describe('renderFormalPdf', () => {
  it('makes A4 pages (pdfinfo)', () => {
    const info = tool('pdfinfo', ['-f', '1', '-l', String(pageCount(samplePath)), samplePath]).stdout;
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const [width, height] of sizes) {
      expect(width).toBeCloseTo(595.28, 1);
      expect(height).toBeCloseTo(841.89, 1);
    }
  });

  it('embeds subsets of the CJK fonts (pdffonts)', () => {
    const rows = tool('pdffonts', [samplePath]).stdout.trim().split('\n').slice(2).map((line) => line.trim().split(/\s+/));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [emb, sub, uni] = row.slice(-5, -2);
      expect({ font: row[0], emb, sub, uni }).toEqual({ font: row[0], emb: 'yes', sub: 'yes', uni: 'yes' });
    }
    const names = rows.map((row) => row[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toEqual(expect.arrayContaining(['cwTeXFangSong', 'NotoSerifCJKsc-Regular', 'NotoSerifCJKsc-Bold', 'NotoSansCJKsc-Regular']));
  });

  it('has selectable text in reading order (pdftotext)', () => {
    const text = squeezed(pdfText(samplePath));
    const expected = [
      '000012',
      '机密★1年',
      '特急',
      '示例市人民政府办公室文件',
      '示政办发〔2026〕12号',
      SAMPLE_TITLE,
      '各区县人民政府，市政府各部门，各直属机构：',
      '一、总体要求',
      '法律法规和政策调整涉及政务服务事项变化的',
      '不动产登记“带押过户”',
      '附件：1.示例市进一步优化政务服务提升行政效能实施方案',
      '2026年11月24日',
      '（此件公开发布）',
      '抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。',
      '2026年11月24日印发',
    ];
    let from = 0;
    for (const part of expected) {
      const at = text.indexOf(squeezed(part), from);
      expect(at, `"${part}" after offset ${from}`).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it('sets characters the FangSong face lacks in the fallback face, still as text', async () => {
    const doc = { ...upwardDocument, blocks: [{ kind: 'paragraph' as const, text: '这们为说时会经过还没问题，请认真贯彻执行。' }] };
    const path = saveTo(dir, 'fallback.pdf', await renderFormalPdf(doc));
    expect(squeezed(pdfText(path))).toContain('这们为说时会经过还没问题，请认真贯彻执行。');
  });

  it('follows the GB/T 9704-2012 page-1 geometry (gbt9704-check)', () => {
    const { status, report } = gbt9704Check(samplePath);
    expect(report.problems).toEqual([]);
    expect(status).toBe(0);
    expect(report.mark!.y0).toBeCloseTo(72, 0);
    expect(report.separator!.x0).toBeCloseTo(28, 0);
    expect(report.separator!.x1).toBeCloseTo(184, 0);
  });

  it('keeps the 22-line pitch on continuation pages (gbt9704-check pitch on page 2)', () => {
    const { report } = gbt9704Check(samplePath, 2);
    expect(report.pitch).toBeGreaterThan(10.1);
    expect(report.pitch).toBeLessThan(10.35);
  });

  it('numbers pages "— n —", odd ones on the right and even ones on the left', () => {
    for (const page of [1, 2, 3]) {
      const number = wordBoxes(samplePath, page).find((w) => w.text.includes(String(page)) && w.yMin > 262 * MM);
      expect(number, `page number on page ${page}`).toBeDefined();
      if (page % 2 === 1) expect(number!.xMin).toBeGreaterThan(150 * MM);
      else expect(number!.xMax).toBeLessThan(60 * MM);
    }
    expect(squeezed(pdfText(samplePath, '-f', '2', '-l', '2'))).toContain('—2—');
  });

  it('prints a QR code on the last page that zbarimg decodes at 200 dpi', () => {
    expect(decodeQr(samplePath, pageCount(samplePath), dir)).toBe(SAMPLE_QR_URL);
  });

  it('lays out a 上行文: mark 80 mm below the 版心 top, 签发人 beside the 文号', () => {
    const { report } = gbt9704Check(upwardPath);
    expect(report.mark!.y0).toBeCloseTo(37 + 80, 0);
    expect(report.separator).not.toBeNull();
    const words = wordBoxes(upwardPath, 1);
    // pdftotext splits words where the face changes: find the first piece of each.
    const docNo = words.find((w) => w.text.startsWith('示政'))!;
    const signer = words.find((w) => w.text.startsWith('签发'))!;
    const middle = (w: { yMin: number; yMax: number }) => (w.yMin + w.yMax) / 2;
    expect(Math.abs(middle(docNo) - middle(signer))).toBeLessThan(8);
    expect(docNo.xMin).toBeCloseTo(28 * MM + 15.8, 0);
    expect(squeezed(pdfText(upwardPath))).toContain('签发人：王建国刘洪涛');
  });

  it('rejects what it cannot lay out with coded errors', async () => {
    const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
    const secretWithoutCopy = await failure(renderFormalPdf({ ...sampleDocument, copyNo: undefined }));
    expect(secretWithoutCopy).toBeInstanceOf(LayoutError);
    expect((secretWithoutCopy as LayoutError).code).toBe('LAYOUT_INVALID_INPUT');
    const badDate = (await failure(renderFormalPdf({ ...sampleDocument, date: '2026-02-30' }))) as LayoutError;
    expect(badDate.code).toBe('LAYOUT_INVALID_INPUT');
    const missingFont = (await failure(renderFormalPdf(sampleDocument, { fonts: { song: { path: '/nonexistent/font.ttc' } } }))) as LayoutError;
    expect(missingFont.code).toBe('LAYOUT_FONT_NOT_FOUND');
  });
});

describe('toPlainText', () => {
  it('gives the text in reading order', () => {
    const lines = toPlainText(sampleDocument).split('\n');
    expect(lines.slice(0, 6)).toEqual(['000012', '机密★1年', '特急', '示例市人民政府办公室文件', '示政办发〔2026〕12号', SAMPLE_TITLE]);
    expect(lines).toContain('序号\t事项名称\t牵头单位\t完成时限');
    expect(lines.slice(-4)).toEqual([
      '2026年11月24日',
      '（此件公开发布）',
      '抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。',
      '示例市人民政府办公室 2026年11月24日印发',
    ]);
  });
});
