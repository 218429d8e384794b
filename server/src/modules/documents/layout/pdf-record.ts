import { COPY_TO_LABEL, copyToText, printedOnText } from './compose.js';
import { BLACK, LINE_PITCH, QR_SIZE, RULE_THICK, RULE_THIN, TYPE_AREA, mm } from './geometry.js';
import type { PageFlow } from './pdf-flow.js';
import { baselineIn, drawLine, drawText } from './pdf-text.js';
import { drawQrCode } from './qr.js';
import { type SetLine, type TextStyle, setLines, textWidth, toUnits } from './text-fit.js';
import type { FormalDocument } from './types.js';

const QR_GAP = mm(2);

function rule(doc: PDFKit.PDFDocument, y: number, thickness: number): void {
  doc.rect(TYPE_AREA.left, y, TYPE_AREA.width, thickness).fill(BLACK);
}

/** 抄送 lines: one character in at each side, wrapping under the first name. */
function copyToLines(copyTo: string[], style: TextStyle): SetLine[] {
  const labelWidth = textWidth(COPY_TO_LABEL, style);
  return setLines(toUnits(copyToText(copyTo), style), {
    width: TYPE_AREA.width - style.cell,
    firstIndent: style.cell,
    restIndent: style.cell + labelWidth,
    justify: true,
  });
}

/**
 * 版记 at the foot of the last page (GB/T 9704-2012 7.4): a thick rule, 抄送, a thin rule, 印发机关
 * and 印发日期, a thick rule on the 版心's bottom edge; the QR code, if any, just above it on the
 * right. Starts a page when the last one has no room.
 */
export function drawRecord(doc: PDFKit.PDFDocument, flow: PageFlow, fdoc: FormalDocument, style: TextStyle): void {
  const copyTo = fdoc.copyTo?.length ? copyToLines(fdoc.copyTo, style) : [];
  const height = (copyTo.length + 1) * LINE_PITCH;
  const qrHeight = fdoc.qrUrl ? QR_SIZE + QR_GAP : 0;
  if (!flow.fits(height + qrHeight)) flow.newPage();
  let top = TYPE_AREA.bottom - height;
  flow.y = TYPE_AREA.bottom;
  if (fdoc.qrUrl) drawQrCode(doc, fdoc.qrUrl, TYPE_AREA.right - QR_SIZE, top - qrHeight, QR_SIZE);

  rule(doc, top, RULE_THICK);
  for (const line of copyTo) {
    drawLine(doc, line, style, TYPE_AREA.left, baselineIn(top, LINE_PITCH, style.size));
    top += LINE_PITCH;
  }
  if (copyTo.length) rule(doc, top - RULE_THIN / 2, RULE_THIN);
  const baseline = baselineIn(top, LINE_PITCH, style.size);
  const printedOn = printedOnText(fdoc.printedOn);
  drawText(doc, fdoc.printedBy, style, TYPE_AREA.left + style.cell, baseline);
  drawText(doc, printedOn, style, TYPE_AREA.right - style.cell - textWidth(printedOn, style), baseline);
  rule(doc, TYPE_AREA.bottom - RULE_THICK, RULE_THICK);
}
