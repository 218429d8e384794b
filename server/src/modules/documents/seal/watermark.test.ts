import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { SANS_REGULAR, pdfText, poppler, sampleNotice } from './test-support.js';
import { watermarkPdf } from './watermark.js';

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

describe('watermark', () => {
  it('repeats the viewer and time on every page, keeps the text, and embeds a readable font subset', async () => {
    const original = await sampleNotice((doc) => {
      doc.addPage({ size: 'A4', layout: 'landscape' }).text('附件：值班表', 72, 72);
    });
    const marked = await watermarkPdf(original, '孙丽 2026-01-20 10:30', SANS_REGULAR);

    const text = poppler('pdftotext', marked, ['-raw']);
    expect(text.stderr).toBe('');
    const pages = text.stdout.toString('utf8').split('\f');
    expect(withoutSpaces(pages[0]!)).toContain('关于做好2026年春节期间值班工作的通知');
    expect(withoutSpaces(pages[1]!)).toContain('附件：值班表');
    for (const page of pages.slice(0, 2)) expect(withoutSpaces(page)).toContain('孙丽2026-01-2010:30');

    expect((await PDFDocument.load(marked)).getPageCount()).toBe(2);
    expect(marked.length - original.length).toBeLessThan(60_000);
    expect(pdfText(original)).not.toContain('孙丽');
  });
});
