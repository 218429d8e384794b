import { SIGNER_LABEL, headNotes } from './compose.js';
import { faceFor } from './fonts.js';
import {
  LINE_PITCH,
  MARK_TOP_BELOW_TYPE_AREA,
  RED,
  SEPARATOR_GAP,
  SEPARATOR_THICKNESS,
  TYPE_AREA,
  fitMark,
} from './geometry.js';
import type { PageFlow } from './pdf-flow.js';
import type { Styles } from './pdf-styles.js';
import { baselineIn, drawText } from './pdf-text.js';
import { type TextStyle, textWidth } from './text-fit.js';
import type { FormalDocument } from './types.js';

/** Descent of the em box below the baseline, in ems. */
const EM_DESCENT = 0.12;

interface InkExtent {
  top: number;
  bottom: number;
  left: number;
  right: number;
  advance: number;
}

/** Ink extent of a single line of text at baseline 0, x 0 (y down, as on the page). */
function inkExtent(text: string, style: TextStyle): InkExtent {
  const extent: InkExtent = { top: 0, bottom: 0, left: Number.POSITIVE_INFINITY, right: 0, advance: 0 };
  for (const char of text) {
    const face = faceFor(char, style.primary, style.fallback);
    const ink = face.ink(char.codePointAt(0)!);
    const width = textWidth(char, style);
    const offset = extent.advance + (width - face.advance(char.codePointAt(0)!) * style.size) / 2;
    extent.top = Math.min(extent.top, -ink.maxY * style.size);
    extent.bottom = Math.max(extent.bottom, -ink.minY * style.size);
    extent.left = Math.min(extent.left, offset + ink.minX * style.size);
    extent.right = Math.max(extent.right, offset + ink.maxX * style.size);
    extent.advance += width;
  }
  return extent;
}

/**
 * 发文机关标志: red, its ink top `inkTop`, its ink centred on the 版心; narrowed (then made smaller)
 * when the name is too long for the line. Returns the ink bottom.
 */
function drawMark(doc: PDFKit.PDFDocument, text: string, base: TextStyle, inkTop: number): number {
  const natural = inkExtent(text, base);
  const { scale, shrink } = fitMark(natural.right - natural.left);
  const style = { ...base, size: base.size * shrink, cell: base.cell * shrink };
  const ink = inkExtent(text, style);
  const baseline = inkTop - ink.top;
  const x = TYPE_AREA.left + TYPE_AREA.width / 2 - ((ink.left + ink.right) / 2) * scale;
  doc.save().translate(x, baseline).scale(scale, 1);
  drawText(doc, text, style, 0, 0);
  doc.restore();
  return baseline + ink.bottom;
}

/** 签发人 of a 上行文: two names a row, flush right one character in; returns the last row's top. */
function drawSigners(doc: PDFKit.PDFDocument, signers: string[], styles: Styles, firstTop: number): number {
  const { body, signerName } = styles;
  const nameWidth = Math.max(...signers.map((name) => textWidth(name, signerName)));
  const perRow = Math.min(2, signers.length);
  const namesX = TYPE_AREA.right - body.cell - (perRow * nameWidth + (perRow - 1) * body.cell);
  let top = firstTop;
  for (let row = 0; row * 2 < signers.length; row++) {
    top = firstTop + row * LINE_PITCH;
    const baseline = baselineIn(top, LINE_PITCH, body.size);
    if (row === 0) drawText(doc, SIGNER_LABEL, body, namesX - textWidth(SIGNER_LABEL, body), baseline);
    signers.slice(row * 2, row * 2 + 2).forEach((name, column) => {
      drawText(doc, name, signerName, namesX + column * (nameWidth + body.cell), baseline);
    });
  }
  return top;
}

/**
 * 版头 on page 1: 份号/密级/紧急程度, the red mark, the 发文字号 (with 签发人 for a 上行文) and the
 * red separator; leaves the flow just below the separator.
 */
export function drawHeader(doc: PDFKit.PDFDocument, flow: PageFlow, fdoc: FormalDocument, styles: Styles): void {
  headNotes(fdoc).forEach((note, i) => {
    const top = TYPE_AREA.top + i * LINE_PITCH;
    drawText(doc, note, styles.headNote, TYPE_AREA.left, baselineIn(top, LINE_PITCH, styles.headNote.size));
  });
  const markBottom = drawMark(doc, fdoc.organMark, styles.mark, TYPE_AREA.top + MARK_TOP_BELOW_TYPE_AREA[fdoc.direction]);
  const { body } = styles;
  const firstTop = markBottom + 2 * LINE_PITCH;
  let docNoTop = firstTop;
  let docNoX = TYPE_AREA.left + (TYPE_AREA.width - textWidth(fdoc.docNo, body)) / 2;
  if (fdoc.direction === 'up') {
    docNoTop = drawSigners(doc, fdoc.signer ?? [], styles, firstTop);
    docNoX = TYPE_AREA.left + body.cell;
  }
  const baseline = baselineIn(docNoTop, LINE_PITCH, body.size);
  drawText(doc, fdoc.docNo, body, docNoX, baseline);
  const separatorTop = baseline + EM_DESCENT * body.size + SEPARATOR_GAP;
  doc.rect(TYPE_AREA.left, separatorTop, TYPE_AREA.width, SEPARATOR_THICKNESS).fill(RED);
  flow.y = separatorTop + SEPARATOR_THICKNESS;
}
