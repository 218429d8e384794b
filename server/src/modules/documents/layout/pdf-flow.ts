import { faceFor } from './fonts.js';
import { LINE_PITCH, PAGE_NUMBER_GAP, TYPE_AREA } from './geometry.js';
import { drawText } from './pdf-text.js';
import { type TextStyle, textWidth } from './text-fit.js';


/**
 * Page number "— n —" (GB/T 9704-2012 7.5): the dash 7 mm below the 版心, odd pages flush right and
 * even pages flush left, each one character in.
 */
function drawPageNumber(doc: PDFKit.PDFDocument, page: number, style: TextStyle): void {
  const text = `— ${page} —`;
  const dashTop = TYPE_AREA.bottom + PAGE_NUMBER_GAP;
  const baseline = dashTop + faceFor('—', style.primary, style.fallback).ink(0x2014).maxY * style.size;
  const x = page % 2 === 1 ? TYPE_AREA.right - style.cell - textWidth(text, style) : TYPE_AREA.left + style.cell;
  drawText(doc, text, style, x, baseline);
}

/** The part of each page that content flows down. */
export interface FlowArea {
  top: number;
  bottom: number;
}

/** Moves down a page area line by line, starting a page (and calling `onNewPage`) when one is full. */
export class PageFlow {
  page = 0;
  y: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly area: FlowArea,
    private readonly onNewPage: (page: number) => void = () => {},
  ) {
    this.y = area.top;
  }

  newPage(): void {
    this.doc.addPage();
    this.page++;
    this.y = this.area.top;
    this.onNewPage(this.page);
  }

  fits(height: number): boolean {
    return this.y + height <= this.area.bottom + 0.5;
  }

  /** Reserves `height` (on a new page if it does not fit) and returns its top. */
  take(height: number): number {
    if (!this.fits(height)) this.newPage();
    const top = this.y;
    this.y += height;
    return top;
  }

  line(): number {
    return this.take(LINE_PITCH);
  }

  skipLines(count: number): void {
    this.y = Math.min(this.y + count * LINE_PITCH, this.area.bottom);
  }
}

/** A flow down the 版心 whose pages carry the GB/T 9704 page number. */
export function typeAreaFlow(doc: PDFKit.PDFDocument, pageNumberStyle: TextStyle): PageFlow {
  return new PageFlow(doc, TYPE_AREA, (page) => drawPageNumber(doc, page, pageNumberStyle));
}
