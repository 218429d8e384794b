import type { Face } from './fonts.js';
import { type SetLine, type TextStyle, setLines, toUnits } from './text-fit.js';

/** Share of a CJK face's em above the baseline (ideographic em box from -0.12 to 0.88 em). */
const EM_ASCENT = 0.88;

/** The baseline that centres the em box of `size` in a line slot of height `pitch` starting at `top`. */
export function baselineIn(top: number, pitch: number, size: number): number {
  return top + (pitch - size) / 2 + EM_ASCENT * size;
}

function show(doc: PDFKit.PDFDocument, text: string, face: Face, style: TextStyle, x: number, baseline: number, spacing = 0): void {
  doc
    .font(face.key)
    .fontSize(style.size * face.emScale)
    .fillColor(style.color)
    .text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing: spacing });
}

/** Full-width characters of one face and advance, one pitch apart, drawn as one string. */
interface CellRun {
  face: Face;
  text: string;
  x: number;
  advance: number;
  count: number;
}

/**
 * Draws one set line whose text box starts at `x`. Full-width characters are centred in their
 * cells, and runs of them go out as single strings so that text extraction sees words.
 */
export function drawLine(doc: PDFKit.PDFDocument, line: SetLine, style: TextStyle, x: number, baseline: number): void {
  const pitch = style.cell + line.gap;
  let run: CellRun | undefined;
  const flush = (): void => {
    if (run) show(doc, run.text, run.face, style, run.x + (style.cell - run.advance) / 2, baseline, pitch - run.advance);
    run = undefined;
  };
  let cursor = x + line.indent;
  for (const unit of line.units) {
    const [first] = unit.pieces;
    if (unit.space || !first) {
      flush();
    } else if (first.fullWidth) {
      const advance = first.face.advance(first.text.codePointAt(0)!) * style.size;
      const joins = run && run.face === first.face && Math.abs(run.advance - advance) < 0.01 && Math.abs(run.x + run.count * pitch - cursor) < 0.01;
      if (run && joins) {
        run.text += first.text;
        run.count++;
      } else {
        flush();
        run = { face: first.face, text: first.text, x: cursor, advance, count: 1 };
      }
    } else {
      flush();
      let pieceX = cursor;
      for (const piece of unit.pieces) {
        show(doc, piece.text, piece.face, style, pieceX, baseline);
        pieceX += [...piece.text].reduce((sum, char) => sum + piece.face.advance(char.codePointAt(0)!) * style.size, 0);
      }
    }
    cursor += unit.width + line.gap;
  }
  flush();
}

/** Draws `text` on one line, its left end at `x` (no wrapping, no justification). */
export function drawText(doc: PDFKit.PDFDocument, text: string, style: TextStyle, x: number, baseline: number): void {
  for (const line of setLines(toUnits(text, style), { width: Number.POSITIVE_INFINITY })) {
    drawLine(doc, line, style, x, baseline);
  }
}
