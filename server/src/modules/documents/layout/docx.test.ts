import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFormalDocx } from './index.js';
import { SAMPLE_TITLE, sampleDocument, upwardDocument } from './test-fixtures.js';
import { pageCount, pdfText, saveTo, squeezed, tempDir, tool } from './test-tools.js';

const dir = tempDir();
let parts: Record<string, string>;
let docx: Buffer;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  docx = await renderFormalDocx(sampleDocument);
  parts = Object.fromEntries(Object.entries(unzipSync(docx)).map(([name, data]) => [name, strFromU8(data)]));
});

describe('renderFormalDocx', () => {
  it('sets A4 with the GB/T 9704 margins', () => {
    const xml = parts['word/document.xml']!;
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
  });

  it('names FangSong for East Asian text, 16 pt on exact 28.95 pt lines', () => {
    const styles = parts['word/styles.xml']!;
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles).toMatch(/<w:sz w:val="32"\/>/);
    expect(styles).toMatch(/<w:spacing w:line="579" w:lineRule="exact"\/>/);
  });

  it('prints the mark in red, a red rule under the 文号 and the 版记 rules', () => {
    const xml = parts['word/document.xml']!;
    expect(xml).toMatch(/<w:color w:val="E60012"\/>.*示例市人民政府办公室文件/s);
    expect(xml).toMatch(/<w:bottom w:val="single" w:color="E60012"/);
    expect(xml).toContain('抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。');
  });

  it('numbers odd pages on the right and even pages on the left', () => {
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.some((xml) => xml.includes('<w:jc w:val="right"/>') && xml.includes('PAGE'))).toBe(true);
    expect(footers.some((xml) => xml.includes('<w:jc w:val="left"/>') && xml.includes('PAGE'))).toBe(true);
  });

  it('opens in LibreOffice, which finds the title, the 文号 and the 签发人', async () => {
    const samplePath = saveTo(dir, 'sample.docx', docx);
    const upwardPath = saveTo(dir, 'upward.docx', await renderFormalDocx(upwardDocument));
    const profile = `file://${join(dir, 'lo-profile')}`;
    tool('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, samplePath, upwardPath]);
    const sample = join(dir, 'sample.pdf');
    expect(pageCount(sample)).toBeGreaterThanOrEqual(3);
    const text = squeezed(pdfText(sample));
    expect(text).toContain(squeezed(SAMPLE_TITLE));
    expect(text).toContain('示政办发〔2026〕12号');
    expect(squeezed(pdfText(join(dir, 'upward.pdf')))).toContain('签发人：王建国');
  }, 120_000);
});
