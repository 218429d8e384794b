import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  ATTACHMENT_LABEL,
  SIGNER_LABEL,
  attachmentItems,
  chineseDate,
  headNotes,
  mainRecipientsText,
  noteText,
  validateDocument,
} from './compose.js';
import { recordTable } from './docx-record.js';
import {
  BODY_CHARACTER_SPACING,
  CHAR_TWIPS,
  DEFAULT_DOCX_FONTS,
  LINE_TWIPS,
  type RunStyle,
  linesBefore,
  paragraph,
  run,
  twips,
} from './docx-text.js';
import {
  MARK_SIZE,
  MARK_TOP_BELOW_TYPE_AREA,
  RED,
  SEPARATOR_GAP,
  SEPARATOR_THICKNESS,
  TYPE_AREA,
  TYPE_SIZE,
  fitMark,
  mm,
} from './geometry.js';
import { columnWidths } from './table-columns.js';
import { textColumns } from './text-fit.js';
import { titleLines } from './title-lines.js';
import type { BodyBlock, DocxFontNames, DocxRenderOptions, FormalDocument } from './types.js';

const RED_HEX = RED.slice(1);
const TABLE_PADDING = mm(1.5);
/** The footer's bottom sits this far above the page edge, putting the page number's dash 7 mm below the 版心. */
const FOOTER_DISTANCE = mm(25);

function header(fdoc: FormalDocument, fonts: DocxFontNames): Paragraph[] {
  const notes = headNotes(fdoc);
  const mark = fitMark(textColumns(fdoc.organMark) * MARK_SIZE);
  const markSize = MARK_SIZE * mark.shrink;
  // The mark's line is as tall as its type, and word processors start the ink of CJK faces a
  // little above the line's top (about 0.05 em, measured with LibreOffice).
  const markBefore = MARK_TOP_BELOW_TYPE_AREA[fdoc.direction] + 0.05 * markSize - notes.length * (LINE_TWIPS / 20);
  const paragraphs = notes.map((note) => paragraph([run(note, { font: fonts.hei })], { alignment: AlignmentType.LEFT }));
  paragraphs.push(
    paragraph([run(fdoc.organMark, { font: fonts.title, size: markSize, color: RED_HEX, scale: Math.round(mark.scale * 100) })], {
      alignment: AlignmentType.CENTER,
      spacing: { before: twips(markBefore), line: twips(markSize), lineRule: LineRuleType.EXACT },
    }),
  );
  // The border is drawn below the exact-height line box, whose foot is ~1.6 mm under the ink.
  const separator = {
    bottom: { style: BorderStyle.SINGLE, color: RED_HEX, size: Math.round(SEPARATOR_THICKNESS * 8), space: Math.round(SEPARATOR_GAP - mm(1.6)) },
  };
  if (fdoc.direction === 'down') {
    paragraphs.push(paragraph([run(fdoc.docNo, { font: fonts.fangSong })], { alignment: AlignmentType.CENTER, spacing: linesBefore(2), border: separator }));
    return paragraphs;
  }
  const signers = fdoc.signer ?? [];
  const rows = Array.from({ length: Math.ceil(signers.length / 2) }, (_, i) => signers.slice(2 * i, 2 * i + 2).join('　'));
  const signerRuns = (text: string, first: boolean): TextRun[] => [
    run(first ? SIGNER_LABEL : '', { font: fonts.fangSong }),
    run(text, { font: fonts.kai }),
  ];
  rows.slice(0, -1).forEach((names, i) => {
    paragraphs.push(paragraph(signerRuns(names, i === 0), { alignment: AlignmentType.RIGHT, indent: { right: CHAR_TWIPS }, spacing: linesBefore(i === 0 ? 2 : 0) }));
  });
  paragraphs.push(
    paragraph([run(`${fdoc.docNo}\t`, { font: fonts.fangSong }), ...signerRuns(rows[rows.length - 1] ?? '', rows.length === 1)], {
      alignment: AlignmentType.LEFT,
      indent: { left: CHAR_TWIPS, right: CHAR_TWIPS },
      tabStops: [{ type: TabStopType.RIGHT, position: twips(TYPE_AREA.width) - 2 * CHAR_TWIPS }],
      spacing: linesBefore(rows.length === 1 ? 2 : 0),
      border: separator,
    }),
  );
  return paragraphs;
}

function title(text: string, fonts: DocxFontNames): Paragraph {
  const lines = titleLines(text, Math.floor(TYPE_AREA.width / TYPE_SIZE.hao2));
  return paragraph(
    lines.map((line, i) => run(line, { font: fonts.title, size: TYPE_SIZE.hao2 }, i > 0)),
    { alignment: AlignmentType.CENTER, spacing: linesBefore(2) },
  );
}

function table(rows: string[][], fonts: DocxFontNames): Table {
  const size = TYPE_SIZE.hao4;
  // A character of slack per column: the reader's fonts may set digits wider than half an em.
  const measure = (text: string): number => (textColumns(text) + 1) * size;
  const widths = columnWidths(rows, measure, size, TABLE_PADDING, TYPE_AREA.width).map(twips);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: twips(TYPE_AREA.width), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (cells, rowNo) =>
        new TableRow({
          tableHeader: rowNo === 0,
          children: widths.map(
            (width, column) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                margins: { left: twips(TABLE_PADDING), right: twips(TABLE_PADDING) },
                children: [
                  paragraph([run(cells[column] ?? '', { font: rowNo === 0 ? fonts.hei : fonts.fangSong, size })], {
                    alignment: rowNo === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                    spacing: { line: twips(size * 1.5) },
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

function block(b: BodyBlock, fonts: DocxFontNames): Paragraph | Table {
  if (b.kind === 'table') return table(b.rows, fonts);
  const font = b.kind === 'heading' && b.level === 1 ? fonts.hei : b.kind === 'heading' && b.level === 2 ? fonts.kai : fonts.fangSong;
  return paragraph([run(b.text, { font })], { indent: { firstLineChars: 200, firstLine: 2 * CHAR_TWIPS } });
}

function attachments(names: string[], font: string): Paragraph[] {
  const label = textColumns(ATTACHMENT_LABEL) * CHAR_TWIPS;
  return attachmentItems(names).map((item, i) => {
    const ordinal = names.length > 1 ? textColumns(`${i + 1}.`) * CHAR_TWIPS : 0;
    const left = 2 * CHAR_TWIPS + label + ordinal;
    return paragraph([run(i === 0 ? ATTACHMENT_LABEL + item : item, { font })], {
      indent: { left, hanging: i === 0 ? label + ordinal : ordinal },
      spacing: linesBefore(i === 0 ? 1 : 0),
    });
  });
}

/** 落款 as for a sealed document: the date four characters in from the right, the issuer centred over it. */
function signature(fdoc: FormalDocument, font: string): Paragraph[] {
  const date = chineseDate(fdoc.date);
  const dateIndent = 4 * CHAR_TWIPS;
  const issuerIndent = Math.max(0, dateIndent + ((textColumns(date) - textColumns(fdoc.issuer)) / 2) * CHAR_TWIPS);
  const style: RunStyle = { font };
  const paragraphs = [
    paragraph([run(fdoc.issuer, style)], { alignment: AlignmentType.RIGHT, indent: { right: Math.round(issuerIndent) }, spacing: linesBefore(2) }),
    paragraph([run(date, style)], { alignment: AlignmentType.RIGHT, indent: { right: dateIndent } }),
  ];
  if (fdoc.note) paragraphs.push(paragraph([run(noteText(fdoc.note), style)], { indent: { firstLine: 2 * CHAR_TWIPS } }));
  return paragraphs;
}

/** Page number "— n —", 4号宋体: odd pages flush right and even pages flush left, one character in. */
function pageNumberFooter(side: 'left' | 'right', font: string): Footer {
  const indent = twips(TYPE_SIZE.hao4);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: indent } : { left: indent },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { ascii: font, hAnsi: font, eastAsia: font, hint: 'eastAsia' },
            size: TYPE_SIZE.hao4 * 2,
          }),
        ],
      }),
    ],
  });
}

/**
 * The same document as an editable DOCX for Word and WPS: A4, the GB/T 9704 margins, a 22-line
 * grid with exact 28.95 pt lines, 3号 仿宋 body, the red mark and separator, the 版记 floating at
 * the foot of the last page, page numbers alternating sides. No seal: it is applied when issued.
 */
export async function renderFormalDocx(fdoc: FormalDocument, options: DocxRenderOptions = {}): Promise<Buffer> {
  validateDocument(fdoc);
  const fonts: DocxFontNames = { ...DEFAULT_DOCX_FONTS, ...options.fontNames };
  const body = fonts.fangSong;
  const children: Array<Paragraph | Table> = [
    ...header(fdoc, fonts),
    title(fdoc.title, fonts),
    ...(fdoc.mainRecipients.length
      ? [paragraph([run(mainRecipientsText(fdoc.mainRecipients), { font: body })], { spacing: linesBefore(1) })]
      : []),
    ...fdoc.blocks.map((b) => block(b, fonts)),
    ...(fdoc.attachments?.length ? attachments(fdoc.attachments, body) : []),
    ...signature(fdoc, body),
    await recordTable(fdoc, body),
    // A floating table is anchored to the paragraph after it, so one must follow.
    new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [] }),
  ];
  const document = new Document({
    title: fdoc.title,
    creator: fdoc.issuer,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: body, hAnsi: body, eastAsia: body, cs: body, hint: 'eastAsia' },
            size: TYPE_SIZE.hao3 * 2,
            characterSpacing: BODY_CHARACTER_SPACING,
          },
          paragraph: { spacing: { line: LINE_TWIPS, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(mm(210)), height: twips(mm(297)) },
            margin: {
              top: twips(TYPE_AREA.top),
              bottom: twips(mm(35)),
              left: twips(TYPE_AREA.left),
              right: twips(mm(26)),
              footer: twips(FOOTER_DISTANCE),
              header: twips(mm(15)),
            },
          },
        },
        footers: { default: pageNumberFooter('right', fonts.song), even: pageNumberFooter('left', fonts.song) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
