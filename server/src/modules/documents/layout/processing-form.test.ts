import { rmSync } from 'node:fs';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProcessingForm, renderProcessingFormPdf } from './index.js';
import { sampleForm } from './test-fixtures.js';
import { pageCount, pdfText, saveTo, squeezed, tempDir, tool } from './test-tools.js';

const dir = tempDir();
const LONG_OPINION = '经研究，'.repeat(120) + '同意。';
let path: string;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  // Any PNG does as a handwritten signature.
  const signature = await QRCode.toBuffer('王建国', { type: 'png', margin: 0, scale: 2 });
  const form: ProcessingForm = {
    ...sampleForm,
    opinions: [
      ...sampleForm.opinions.map((o) => (o.step === '签发' ? { ...o, signatureImage: signature } : o)),
      { step: '复核', person: '周敏', department: '秘书科', opinion: LONG_OPINION, time: '2026-11-24T02:00:00Z' },
    ],
  };
  path = saveTo(dir, 'form.pdf', await renderProcessingFormPdf(form));
});

describe('renderProcessingFormPdf', () => {
  it('is an A4 PDF with its fonts embedded', () => {
    expect(tool('pdfinfo', [path]).stdout).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const rows = tool('pdffonts', [path]).stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.trim().split(/\s+/).slice(-5, -3)).toEqual(['yes', 'yes']);
  });

  it('shows the header and every particular of the draft', () => {
    const text = squeezed(pdfText(path));
    // Labels and values are separate cells, which pdftotext may read column by column.
    for (const part of [
      '示例市人民政府办公室发文稿纸',
      '签发',
      '会签',
      '核稿',
      '拟稿单位',
      '秘书科',
      '拟稿人',
      '电话',
      '0571-12345678',
      '密级',
      '机密★1年',
      '紧急程度',
      '特急',
      '印发份数',
      '120',
      '各区县人民政府，市政府各部门，各直属机构',
      '市委办公室，市人大常委会办公室，市政协办公室',
      '示政办发〔2026〕12号',
    ]) {
      expect(text, part).toContain(squeezed(part));
    }
    expect(text).toContain(squeezed(sampleForm.title).slice(0, 20));
  });

  it('lists every opinion with its person and time (Asia/Shanghai), wrapping long ones across pages', () => {
    const text = squeezed(pdfText(path));
    for (const opinion of sampleForm.opinions) {
      expect(text).toContain(opinion.person);
      expect(text).toContain(squeezed(opinion.opinion).slice(0, 12));
    }
    expect(text).toContain('2026-11-2408:50');
    expect(text.split('经研究，').length - 1).toBeGreaterThanOrEqual(120);
    expect(pageCount(path)).toBeGreaterThanOrEqual(2);
  });
});
