import { secretText } from './compose.js';
import { LayoutError } from './errors.js';
import { loadFaces } from './fonts.js';
import { BLACK, RED, TYPE_SIZE, mm } from './geometry.js';
import { createPdf, pdfBuffer } from './pdf-document.js';
import { PageFlow } from './pdf-flow.js';
import { baselineIn, drawLine, drawText } from './pdf-text.js';
import { type SetLine, type TextStyle, setLines, textWidth, toUnits } from './text-fit.js';
import type { FormOpinion, ProcessingForm, ProcessingFormOptions } from './types.js';

/** 发文稿纸: a ruled A4 form with the draft's particulars and every opinion given on it. */

const LEFT = mm(20);
const WIDTH = mm(170);
const AREA = { top: mm(20), bottom: mm(277) };
const PADDING = mm(2);
const LABEL_WIDTH = mm(24);
const TEXT_SIZE = TYPE_SIZE.xiao4;
const PITCH = TEXT_SIZE * 1.6;
const SIGNATURE_HEIGHT = PITCH * 1.6;
/** 签发, 会签 and 核稿 boxes leave room to write in even when empty. */
const OPINION_BOX_MIN = mm(28);
const RULE = 0.75;

interface FormStyles {
  label: TextStyle;
  text: TextStyle;
  heading: TextStyle;
}

/** What a cell holds: wrapped text, or opinions each followed by its signature line. */
type CellContent = { kind: 'label'; text: string } | { kind: 'text'; text: string } | { kind: 'opinions'; opinions: FormOpinion[] };

interface Cell {
  width: number;
  content: CellContent;
}

/** A cell's content broken into lines (or signature lines) of known height, ready to draw. */
interface Block {
  height: number;
  draw(doc: PDFKit.PDFDocument, x: number, top: number, width: number): void;
}

function timeFormatter(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (iso) => {
    const time = new Date(iso);
    if (Number.isNaN(time.getTime())) throw new LayoutError('LAYOUT_INVALID_INPUT', `not a time: "${iso}" · 时间格式不正确`);
    const parts = Object.fromEntries(format.formatToParts(time).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  };
}

/** Lines of a cell: labels centred, other text flush left (a ruled form reads better ragged). */
function textBlocks(text: string, style: TextStyle, width: number, centre: boolean): Block[] {
  return setLines(toUnits(text, style), { width }).map((line: SetLine) => ({
    height: PITCH,
    draw: (doc, x, top, cellWidth) => {
      const offset = centre ? (cellWidth - line.width) / 2 : 0;
      drawLine(doc, line, style, x + offset, baselineIn(top, PITCH, style.size));
    },
  }));
}

const personText = (opinion: FormOpinion): string =>
  opinion.department ? `${opinion.person}（${opinion.department}）` : opinion.person;

/** "姓名（部门）  时间", flush right, with the handwritten signature before it when there is one. */
function signatureBlock(opinion: FormOpinion, style: TextStyle, formatTime: (iso: string) => string): Block {
  const text = `${personText(opinion)}  ${formatTime(opinion.time)}`;
  const height = opinion.signatureImage ? SIGNATURE_HEIGHT : PITCH;
  return {
    height,
    draw: (doc, x, top, width) => {
      const textX = x + width - textWidth(text, style);
      drawText(doc, text, style, textX, baselineIn(top + height - PITCH, PITCH, style.size));
      if (opinion.signatureImage) {
        const box = SIGNATURE_HEIGHT * 2.5;
        doc.image(opinion.signatureImage, textX - box - PADDING, top, { fit: [box, SIGNATURE_HEIGHT], align: 'right', valign: 'center' });
      }
    },
  };
}

function cellBlocks(cell: Cell, styles: FormStyles, formatTime: (iso: string) => string): Block[] {
  const width = cell.width - 2 * PADDING;
  switch (cell.content.kind) {
    case 'label':
      return textBlocks(cell.content.text, styles.label, width, true);
    case 'text':
      return textBlocks(cell.content.text, styles.text, width, false);
    case 'opinions':
      return cell.content.opinions.flatMap((opinion) => [
        ...textBlocks(opinion.opinion, styles.text, width, false),
        signatureBlock(opinion, styles.text, formatTime),
      ]);
  }
}

/** One ruled row; it moves to the next page whole when it does not fit. */
function drawRow(doc: PDFKit.PDFDocument, flow: PageFlow, cells: Cell[], styles: FormStyles, formatTime: (iso: string) => string): void {
  const contents = cells.map((cell) => cellBlocks(cell, styles, formatTime));
  const minimum = cells.some((cell) => cell.content.kind === 'opinions') ? OPINION_BOX_MIN : 0;
  const height = Math.max(minimum, ...contents.map((blocks) => blocks.reduce((sum, b) => sum + b.height, 0) + 2 * PADDING));
  const top = flow.take(height);
  let x = LEFT;
  cells.forEach((cell, i) => {
    const label = cell.content.kind === 'label';
    const used = contents[i]!.reduce((sum, b) => sum + b.height, 0);
    let y = top + (label ? (height - used) / 2 : PADDING);
    for (const block of contents[i]!) {
      block.draw(doc, x + PADDING, y, cell.width - 2 * PADDING);
      y += block.height;
    }
    doc.rect(x, top, cell.width, height).lineWidth(RULE).stroke(BLACK);
    x += cell.width;
  });
}

/** A label and its value across the form; several pairs share the row equally. */
function pairs(...items: Array<[string, string]>): Cell[] {
  const valueWidth = (WIDTH - items.length * LABEL_WIDTH) / items.length;
  return items.flatMap(([label, text]) => [
    { width: LABEL_WIDTH, content: { kind: 'label', text: label } },
    { width: valueWidth, content: { kind: 'text', text } },
  ]);
}

function opinionsOf(form: ProcessingForm, step: string): Cell[] {
  return [
    { width: LABEL_WIDTH, content: { kind: 'label', text: step } },
    { width: WIDTH - LABEL_WIDTH, content: { kind: 'opinions', opinions: form.opinions.filter((o) => o.step === step) } },
  ];
}

/** 环节, 部门, 办理人, 意见, 时间. */
const OPINION_COLUMNS = [mm(16), mm(34), mm(20), WIDTH - mm(16 + 34 + 20 + 30), mm(30)];

/** 发文稿纸 (发文处理单) as an A4 PDF: the particulars, the 签发/会签/核稿 boxes and every opinion in order. */
export async function renderProcessingFormPdf(form: ProcessingForm, options: ProcessingFormOptions = {}): Promise<Buffer> {
  const faces = loadFaces(options.fonts);
  const style = (primary: typeof faces.song, size: number, color = BLACK): TextStyle => ({ primary, fallback: faces.song, size, cell: size, color });
  const styles: FormStyles = { label: style(faces.hei, TEXT_SIZE), text: style(faces.fangSong, TEXT_SIZE), heading: style(faces.title, TYPE_SIZE.hao2, RED) };
  const formatTime = timeFormatter(options.timeZone ?? 'Asia/Shanghai');
  const doc = createPdf(faces, { title: `${form.unitName}发文稿纸：${form.title}` });
  const flow = new PageFlow(doc, AREA);
  flow.newPage();

  const heading = `${form.unitName}发文稿纸`;
  const headingTop = flow.take(mm(16));
  drawText(doc, heading, styles.heading, LEFT + (WIDTH - textWidth(heading, styles.heading)) / 2, baselineIn(headingTop, mm(14), styles.heading.size));

  const row = (cells: Cell[]) => drawRow(doc, flow, cells, styles, formatTime);
  row(opinionsOf(form, '签发'));
  row(opinionsOf(form, '会签'));
  row(opinionsOf(form, '核稿'));
  row(pairs(['拟稿单位', form.draftingDepartment], ['拟稿人', form.drafter], ['电话', form.phone ?? '']));
  row(pairs(['密级', form.classification ? secretText(form.classification) : '非密'], ['紧急程度', form.urgency ?? '普通'], ['印发份数', form.copies === undefined ? '' : String(form.copies)]));
  row(pairs(['主送', form.mainRecipients.join('，')]));
  row(pairs(['抄送', (form.copyTo ?? []).join('，')]));
  row(pairs(['标题', form.title]));
  row(pairs(['文号', form.docNo ?? '']));
  if (form.attachments?.length) row(pairs(['附件', form.attachments.map((name, i) => `${i + 1}.${name}`).join('；')]));

  const columns = (texts: string[], label: boolean): Cell[] =>
    texts.map((text, i) => ({ width: OPINION_COLUMNS[i]!, content: { kind: label ? 'label' : 'text', text } }));
  row(columns(['环节', '部门', '办理人', '意见', '时间'], true));
  for (const opinion of form.opinions) {
    row(columns([opinion.step, opinion.department ?? '', opinion.person, opinion.opinion, formatTime(opinion.time)], false));
  }
  return pdfBuffer(doc);
}
