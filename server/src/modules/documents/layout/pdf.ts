import { validateDocument } from './compose.js';
import { loadFaces } from './fonts.js';
import { drawBody } from './pdf-body.js';
import { createPdf, pdfBuffer } from './pdf-document.js';
import { typeAreaFlow } from './pdf-flow.js';
import { drawHeader } from './pdf-header.js';
import { drawRecord } from './pdf-record.js';
import { drawSignature } from './pdf-signature.js';
import { buildStyles } from './pdf-styles.js';
import type { FormalDocument, PdfRenderOptions } from './types.js';

/** Lays out an official document per GB/T 9704-2012 as an A4 PDF with subset-embedded fonts. */
export async function renderFormalPdf(fdoc: FormalDocument, options: PdfRenderOptions = {}): Promise<Buffer> {
  validateDocument(fdoc);
  const faces = loadFaces(options.fonts);
  const styles = buildStyles(faces);
  const doc = createPdf(faces, { title: fdoc.title, author: options.author ?? fdoc.issuer });
  const flow = typeAreaFlow(doc, styles.pageNumber);
  flow.newPage();
  drawHeader(doc, flow, fdoc, styles);
  drawBody(doc, flow, fdoc, styles);
  drawSignature(doc, flow, fdoc, styles.body, options.seal);
  drawRecord(doc, flow, fdoc, styles.small);
  return pdfBuffer(doc);
}
