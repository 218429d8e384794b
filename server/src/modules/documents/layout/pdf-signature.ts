import { chineseDate, noteText } from './compose.js';
import { LINE_PITCH, SEAL_DIAMETER, TYPE_AREA } from './geometry.js';
import type { PageFlow } from './pdf-flow.js';
import { baselineIn, drawText } from './pdf-text.js';
import { type TextStyle, textWidth } from './text-fit.js';
import type { FormalDocument, SealPainter } from './types.js';

/** The seal's centre sits this far (in lines) below the top of the 署名 line, so 署名 and date fall below it. */
const SEAL_CENTRE_BELOW_ISSUER = 0.3;

/**
 * 落款 with a seal (GB/T 9704-2012 7.3.5.1): date flush right four characters in, the issuer
 * centred over it, two blank lines above; the seal centred on the date, pressing both, its top
 * within a line of the body.
 */
function drawSealed(
  doc: PDFKit.PDFDocument,
  flow: PageFlow,
  issuer: string,
  date: string,
  style: TextStyle,
  seal: SealPainter,
): void {
  // Two blank lines, the issuer and the date; on the last line of a page the seal may reach a
  // few millimetres into the bottom margin, clear of the page number.
  if (!flow.fits(4 * LINE_PITCH)) flow.newPage();
  flow.skipLines(2);
  const issuerTop = flow.line();
  const dateTop = flow.line();
  const dateWidth = textWidth(date, style);
  const dateX = TYPE_AREA.right - 4 * style.cell - dateWidth;
  const centreX = dateX + dateWidth / 2;
  const issuerX = Math.max(TYPE_AREA.left, centreX - textWidth(issuer, style) / 2);
  drawText(doc, issuer, style, issuerX, baselineIn(issuerTop, LINE_PITCH, style.size));
  drawText(doc, date, style, dateX, baselineIn(dateTop, LINE_PITCH, style.size));
  seal(doc, { x: centreX, y: issuerTop + SEAL_CENTRE_BELOW_ISSUER * LINE_PITCH }, SEAL_DIAMETER);
}

/**
 * 落款 without a seal (7.3.5.2): a blank line, the issuer flush right two characters in, the
 * date below starting two characters further right; a longer date sits two in and pushes the
 * issuer left.
 */
function drawUnsealed(doc: PDFKit.PDFDocument, flow: PageFlow, issuer: string, date: string, style: TextStyle): void {
  // The blank line goes when that keeps the 落款 on the body's page (7.3.5.3 allows tightening).
  if (flow.fits(3 * LINE_PITCH)) flow.skipLines(1);
  else if (!flow.fits(2 * LINE_PITCH)) flow.newPage();
  const issuerWidth = textWidth(issuer, style);
  const dateWidth = textWidth(date, style);
  let issuerX = TYPE_AREA.right - 2 * style.cell - issuerWidth;
  let dateX = issuerX + 2 * style.cell;
  if (dateX + dateWidth > TYPE_AREA.right - 2 * style.cell) {
    dateX = TYPE_AREA.right - 2 * style.cell - dateWidth;
    issuerX = dateX - 2 * style.cell;
  }
  drawText(doc, issuer, style, issuerX, baselineIn(flow.line(), LINE_PITCH, style.size));
  drawText(doc, date, style, dateX, baselineIn(flow.line(), LINE_PITCH, style.size));
}

/** 落款, 成文日期, the seal when a painter is given, then 附注 on the next line. */
export function drawSignature(
  doc: PDFKit.PDFDocument,
  flow: PageFlow,
  fdoc: FormalDocument,
  style: TextStyle,
  seal: SealPainter | undefined,
): void {
  const date = chineseDate(fdoc.date);
  if (seal) drawSealed(doc, flow, fdoc.issuer, date, style, seal);
  else drawUnsealed(doc, flow, fdoc.issuer, date, style);
  if (fdoc.note) {
    const top = flow.line();
    drawText(doc, noteText(fdoc.note), style, TYPE_AREA.left + 2 * style.cell, baselineIn(top, LINE_PITCH, style.size));
  }
}
