import { BLACK, TYPE_AREA, mm } from './geometry.js';
import type { PageFlow } from './pdf-flow.js';
import type { Styles } from './pdf-styles.js';
import { baselineIn, drawLine } from './pdf-text.js';
import { columnWidths } from './table-columns.js';
import { type SetLine, setLines, textWidth, toUnits } from './text-fit.js';

const PADDING = mm(1.5);
const RULE = 0.5;

/**
 * A table of 4号 text across the 版心, ruled all round; the first row is the header (黑体). A cell
 * of one line is centred, longer ones flush left. A row that does not fit goes to the next page whole.
 */
export function drawTable(doc: PDFKit.PDFDocument, flow: PageFlow, rows: string[][], styles: Styles): void {
  const widths = columnWidths(rows, (text) => textWidth(text, styles.small), styles.small.cell, PADDING, TYPE_AREA.width);
  const pitch = styles.small.size * 1.5;
  rows.forEach((row, rowNo) => {
    const style = rowNo === 0 ? styles.smallHei : styles.small;
    const cells: SetLine[][] = widths.map((width, column) => setLines(toUnits(row[column] ?? '', style), { width: width - 2 * PADDING }));
    const height = Math.max(1, ...cells.map((lines) => lines.length)) * pitch + 2 * PADDING;
    const top = flow.take(height);
    let x = TYPE_AREA.left;
    cells.forEach((lines, column) => {
      const width = widths[column]!;
      lines.forEach((line, i) => {
        const centre = lines.length === 1 ? (width - 2 * PADDING - line.width) / 2 : 0;
        drawLine(doc, line, style, x + PADDING + centre, baselineIn(top + PADDING + i * pitch, pitch, style.size));
      });
      doc.rect(x, top, width, height).lineWidth(RULE).stroke(BLACK);
      x += width;
    });
  });
}
