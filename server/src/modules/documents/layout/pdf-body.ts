import { ATTACHMENT_LABEL, attachmentItems, mainRecipientsText } from './compose.js';
import { LINE_PITCH, TYPE_AREA } from './geometry.js';
import type { PageFlow } from './pdf-flow.js';
import type { Styles } from './pdf-styles.js';
import { drawTable } from './pdf-table.js';
import { baselineIn, drawLine, drawText } from './pdf-text.js';
import { type LineShape, type TextStyle, setLines, textWidth, toUnits } from './text-fit.js';
import { titleLines } from './title-lines.js';
import type { BodyBlock, FormalDocument } from './types.js';

/** Sets text across the 版心, one line slot per line. */
function flowText(
  doc: PDFKit.PDFDocument,
  flow: PageFlow,
  text: string,
  style: TextStyle,
  shape: LineShape,
): void {
  for (const line of setLines(toUnits(text, style), shape)) {
    const top = flow.line();
    drawLine(doc, line, style, TYPE_AREA.left, baselineIn(top, LINE_PITCH, style.size));
  }
}

/** 标题: two lines below the separator, centred, split into an inverted trapezoid or diamond. */
function drawTitle(doc: PDFKit.PDFDocument, flow: PageFlow, title: string, style: TextStyle): void {
  flow.skipLines(2);
  for (const line of titleLines(title, Math.floor(TYPE_AREA.width / style.cell))) {
    const top = flow.line();
    const x = TYPE_AREA.left + (TYPE_AREA.width - textWidth(line, style)) / 2;
    drawText(doc, line, style, x, baselineIn(top, LINE_PITCH, style.size));
  }
}

function blockStyle(block: BodyBlock, styles: Styles): TextStyle {
  if (block.kind !== 'heading') return styles.body;
  return block.level === 1 ? styles.heading1 : block.level === 2 ? styles.heading2 : styles.body;
}

/** 附件说明: one line below the body, "附件：1.…", names wrapping under their first character. */
function drawAttachments(doc: PDFKit.PDFDocument, flow: PageFlow, attachments: string[], style: TextStyle): void {
  flow.skipLines(1);
  const labelX = 2 * style.cell;
  const itemX = labelX + textWidth(ATTACHMENT_LABEL, style);
  const items = attachmentItems(attachments);
  items.forEach((item, i) => {
    const ordinal = attachments.length > 1 ? textWidth(`${i + 1}.`, style) : 0;
    const lines = setLines(toUnits(item, style), {
      width: TYPE_AREA.width,
      firstIndent: itemX,
      restIndent: itemX + ordinal,
      justify: true,
    });
    lines.forEach((line, lineNo) => {
      const baseline = baselineIn(flow.line(), LINE_PITCH, style.size);
      if (i === 0 && lineNo === 0) drawText(doc, ATTACHMENT_LABEL, style, TYPE_AREA.left + labelX, baseline);
      drawLine(doc, line, style, TYPE_AREA.left, baseline);
    });
  });
}

/** 标题, 主送, 正文 and 附件说明. */
export function drawBody(doc: PDFKit.PDFDocument, flow: PageFlow, fdoc: FormalDocument, styles: Styles): void {
  drawTitle(doc, flow, fdoc.title, styles.title);
  if (fdoc.mainRecipients.length) {
    flow.skipLines(1);
    flowText(doc, flow, mainRecipientsText(fdoc.mainRecipients), styles.body, { width: TYPE_AREA.width, justify: true });
  }
  for (const block of fdoc.blocks) {
    if (block.kind === 'table') {
      drawTable(doc, flow, block.rows, styles);
      continue;
    }
    const style = blockStyle(block, styles);
    flowText(doc, flow, block.text, style, { width: TYPE_AREA.width, firstIndent: 2 * style.cell, justify: true });
  }
  if (fdoc.attachments?.length) drawAttachments(doc, flow, fdoc.attachments, styles.body);
}
