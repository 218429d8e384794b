/** Columns are at least this many characters wide. */
const MIN_COLUMN_CHARS = 3;

/**
 * Column widths filling `total`: every column gets its longest text's width (plus padding each
 * side) when all fit; otherwise the narrow columns keep theirs and the wide ones share what is
 * left equally. Spare width is spread in proportion.
 */
export function columnWidths(
  rows: string[][],
  measure: (text: string) => number,
  charWidth: number,
  padding: number,
  total: number,
): number[] {
  const count = Math.max(...rows.map((row) => row.length));
  const wanted = Array.from(
    { length: count },
    (_, column) => Math.max(MIN_COLUMN_CHARS * charWidth, ...rows.map((row) => measure(row[column] ?? ''))) + 2 * padding,
  );
  const widths = new Array<number>(count);
  let remaining = total;
  let open = count;
  for (const column of wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]!)) {
    widths[column] = Math.min(wanted[column]!, remaining / open);
    remaining -= widths[column]!;
    open--;
  }
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((width) => width + (width / sum) * remaining);
}
