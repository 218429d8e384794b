import { TYPE_AREA, mm } from './geometry.js';
import type { PageFlow } from './pdf-flow.js';
import { columnWidths } from './table-columns.js';
import type { Styles } from './pdf-styles.js';
import { baselineIn, drawLine } from './pdf-text.js';
import { type SetLine, type TextStyle, setLines, textWidth, toUnits } from './text-fit.js';

const PADDING = mm(1.5);
const RULE = 0.5;

interface CellLines {
  lines: SetLine[];
  style: TextStyle;
}

/**
 * A table of 4号 text across the 版心, ruled all round; the first row is the header (黑体). A row
 * that does not fit goes to the next page whole.
 */
export function drawTable(doc: PDFKit.PDFDocument, flow: PageFlow, rows: string[][], styles: Styles): void {
  const widths = columnWidths(rows, (text) => textWidth(text, styles.small), styles.small.cell, PADDING, TYPE_AREA.width);
  const pitch = styles.small.size * 1.5;
  rows.forEach((row, rowNo) => {
    const style = rowNo === 0 ? styles.smallHei : styles.small;
    const cells: CellLines[] = widths.map((width, column) => ({
      style,
      lines: setLines(toUnits(row[column] ?? '', style), { width: width - 2 * PADDING }),
    }));
    const height = Math.max(1, ...cells.map((cell) => cell.lines.length)) * pitch + 2 * PADDING;
    const top = flow.take(height);
    let x = TYPE_AREA.left;
    cells.forEach((cell, column) => {
      const width = widths[column]!;
      cell.lines.forEach((line, i) => {
        const centre = cell.lines.length === 1 ? (width - 2 * PADDING - line.width) / 2 : 0;
        const baseline = baselineIn(top + PADDING + i * pitch, pitch, cell.style.size);
        drawLine(doc, line, cell.style, x + PADDING + centre, baseline);
      });
      doc.rect(x, top, width, height).lineWidth(RULE).stroke('#000000');
      x += width;
    });
  });
}
