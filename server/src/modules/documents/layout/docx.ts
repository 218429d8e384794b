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
  TWIPS_PER_POINT,
  linesBefore,
  paragraph,
  run,
  twips,
} from './docx-text.js';
import {
  MARK_SIZE,
  MARK_TOP_BELOW_TYPE_AREA,
  PAGE_HEIGHT,
  PAGE_WIDTH,
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

/** 发文机关标志: red, narrowed to fit like the PDF's, its top 35 mm (上行文 80 mm) below the 版心 top. */
function markParagraph(fdoc: FormalDocument, linesAbove: number, font: string): Paragraph {
  const mark = fitMark(textColumns(fdoc.organMark) * MARK_SIZE);
  const size = MARK_SIZE * mark.shrink;
  // The mark's line is as tall as its type, and word processors start the ink of CJK faces a
  // little above the line's top (about 0.05 em, measured with LibreOffice).
  const before = MARK_TOP_BELOW_TYPE_AREA[fdoc.direction] + 0.05 * size - (linesAbove * LINE_TWIPS) / TWIPS_PER_POINT;
  return paragraph([run(fdoc.organMark, { font, size, color: RED_HEX, scale: Math.round(mark.scale * 100) })], {
    alignment: AlignmentType.CENTER,
    spacing: { before: twips(before), line: twips(size), lineRule: LineRuleType.EXACT },
  });
}

/** The red separator as the 文号 paragraph's bottom border, whose line box foot is ~1.6 mm under the ink. */
const SEPARATOR_BORDER = {
  bottom: { style: BorderStyle.SINGLE, color: RED_HEX, size: Math.round(SEPARATOR_THICKNESS * 8), space: Math.round(SEPARATOR_GAP - mm(1.6)) },
};

/**
 * 发文字号 two lines below the mark, centred; for a 上行文 one character in from the left, on the
 * line of the last 签发人 row (two names a row, flush right one character in).
 */
function docNoParagraphs(fdoc: FormalDocument, fonts: DocxFontNames): Paragraph[] {
  if (fdoc.direction === 'down') {
    return [paragraph([run(fdoc.docNo, { font: fonts.fangSong })], { alignment: AlignmentType.CENTER, spacing: linesBefore(2), border: SEPARATOR_BORDER })];
  }
  const signers = fdoc.signer ?? [];
  const rows = Array.from({ length: Math.ceil(signers.length / 2) }, (_, i) => signers.slice(2 * i, 2 * i + 2).join('　'));
  const signerRuns = (names: string, first: boolean): TextRun[] => [
    ...(first ? [run(SIGNER_LABEL, { font: fonts.fangSong })] : []),
    run(names, { font: fonts.kai }),
  ];
  const last = rows.length - 1;
  return rows.map((names, i) =>
    i < last
      ? paragraph(signerRuns(names, i === 0), { alignment: AlignmentType.RIGHT, indent: { right: CHAR_TWIPS }, spacing: linesBefore(i === 0 ? 2 : 0) })
      : paragraph([run(`${fdoc.docNo}\t`, { font: fonts.fangSong }), ...signerRuns(names, i === 0)], {
          alignment: AlignmentType.LEFT,
          indent: { left: CHAR_TWIPS },
          tabStops: [{ type: TabStopType.RIGHT, position: twips(TYPE_AREA.width) - CHAR_TWIPS }],
          spacing: linesBefore(i === 0 ? 2 : 0),
          border: SEPARATOR_BORDER,
        }),
  );
}

/** 版头: 份号, 密级, 紧急程度 (3号黑体, top left), the mark, the 文号 and the separator. */
function header(fdoc: FormalDocument, fonts: DocxFontNames): Paragraph[] {
  const notes = headNotes(fdoc);
  return [
    ...notes.map((note) => paragraph([run(note, { font: fonts.hei })], { alignment: AlignmentType.LEFT })),
    markParagraph(fdoc, notes.length, fonts.title),
    ...docNoParagraphs(fdoc, fonts),
  ];
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
            size: { width: twips(PAGE_WIDTH), height: twips(PAGE_HEIGHT) },
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
