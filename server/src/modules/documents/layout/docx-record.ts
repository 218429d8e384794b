import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  type IBorderOptions,
  ImageRun,
  LineRuleType,
  Paragraph,
  RelativeVerticalPosition,
  TabStopType,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import QRCode from 'qrcode';
import { COPY_TO_LABEL, copyToText, printedOnText } from './compose.js';
import { LINE_TWIPS, run, twips } from './docx-text.js';
import { QR_SIZE, RULE_THICK, RULE_THIN, TYPE_AREA, TYPE_SIZE, mm } from './geometry.js';
import { textColumns } from './text-fit.js';
import type { FormalDocument } from './types.js';

const WIDTH = twips(TYPE_AREA.width);
const CHAR = twips(TYPE_SIZE.hao4);
/** Word measures borders in eighths of a point. */
const eighths = (points: number): number => Math.round(points * 8);
const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: eighths(RULE_THICK), color: '000000' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: eighths(RULE_THIN), color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** Pixels at 96 dpi, the unit of docx image sizes. */
const QR_PIXELS = Math.round((QR_SIZE / 72) * 96);
const QR_ROW = twips(QR_SIZE + mm(2));
/** 抄送 wraps under the first name, after the label. */
const LABEL = textColumns(COPY_TO_LABEL) * CHAR;

function row(paragraph: Paragraph, height: number, top: IBorderOptions, bottom: IBorderOptions): TableRow {
  return new TableRow({
    cantSplit: true,
    height: { value: height, rule: HeightRule.ATLEAST },
    children: [
      new TableCell({
        width: { size: WIDTH, type: WidthType.DXA },
        borders: { top, bottom, left: NONE, right: NONE },
        children: [paragraph],
      }),
    ],
  });
}

/**
 * 版记 as a table floating at the foot of the last page's 版心 (Word and WPS; LibreOffice floats
 * only tables narrower than the text area, so there it follows the 落款): a thick rule above and
 * below, a thin one between 抄送 and 印发; the QR code, if any, in a borderless row above it.
 */
export async function recordTable(fdoc: FormalDocument, font: string): Promise<Table> {
  const style = { font, size: TYPE_SIZE.hao4 };
  const spacing = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT };
  const rows: TableRow[] = [];
  if (fdoc.qrUrl) {
    const png = await QRCode.toBuffer(fdoc.qrUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 8 });
    const image = new ImageRun({ type: 'png', data: png, transformation: { width: QR_PIXELS, height: QR_PIXELS } });
    // Single line spacing: under the default exact spacing the image would be clipped.
    const paragraph = new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [image] });
    rows.push(row(paragraph, QR_ROW, NONE, NONE));
  }
  const printed = new Paragraph({
    spacing,
    indent: { left: CHAR, right: CHAR },
    tabStops: [{ type: TabStopType.RIGHT, position: WIDTH - CHAR }],
    children: [run(`${fdoc.printedBy}\t${printedOnText(fdoc.printedOn)}`, style)],
  });
  if (fdoc.copyTo?.length) {
    const copyTo = new Paragraph({
      spacing,
      alignment: AlignmentType.JUSTIFIED,
      indent: { left: CHAR + LABEL, hanging: LABEL, right: CHAR },
      children: [run(copyToText(fdoc.copyTo), style)],
    });
    rows.push(row(copyTo, LINE_TWIPS, THICK, THIN), row(printed, LINE_TWIPS, THIN, THICK));
  } else {
    rows.push(row(printed, LINE_TWIPS, THICK, THICK));
  }
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [WIDTH],
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows,
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
  });
}
