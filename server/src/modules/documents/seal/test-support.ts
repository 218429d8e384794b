import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FontFile } from './font.js';
import { renderPdf } from './render-pdf.js';

export const SERIF_BOLD: FontFile = { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', postscriptName: 'NotoSerifCJKsc-Bold' };
export const SANS_REGULAR: FontFile = { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' };

/** Runs a poppler tool on `pdf`; stderr is returned too, since poppler reports damage there and still exits 0. */
export function poppler(tool: 'pdfinfo' | 'pdftotext' | 'pdftoppm', pdf: Buffer, args: string[] = []): { stdout: Buffer; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, pdf);
    const stderrFile = path.join(dir, 'stderr');
    const target = tool === 'pdftotext' ? [file, '-'] : [file];
    const stdout = execFileSync(tool, [...args, ...target], { stdio: ['ignore', 'pipe', fs.openSync(stderrFile, 'w')], maxBuffer: 64 << 20 });
    return { stdout, stderr: fs.readFileSync(stderrFile, 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const pdfText = (pdf: Buffer, args: string[] = []) => poppler('pdftotext', pdf, args).stdout.toString('utf8');

/** A one-page notice in a CJK font, the kind of file that gets sealed. */
export const sampleNotice = (draw: (doc: PDFKit.PDFDocument) => void = () => {}) =>
  renderPdf(
    (doc) => {
      doc.registerFont('body', SANS_REGULAR.path, SANS_REGULAR.postscriptName);
      doc.font('body').fontSize(16).text('关于做好2026年春节期间值班工作的通知', 72, 100);
      doc.fontSize(12).text('各科室：请按排班表做好值班工作。', 72, 140);
      draw(doc);
    },
    { size: 'A4' },
  );
