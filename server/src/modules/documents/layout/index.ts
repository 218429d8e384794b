/** Lays out official documents (公文) per GB/T 9704-2012 as PDF and DOCX, and the 发文稿纸 as PDF. */
export { renderFormalPdf } from './pdf.js';
export { renderFormalDocx } from './docx.js';
export { renderProcessingFormPdf } from './processing-form.js';
export { toPlainText } from './compose.js';
export { preloadFonts } from './fonts.js';
export { LayoutError, type LayoutErrorCode } from './errors.js';
export type {
  BodyBlock,
  DocxFontNames,
  DocxRenderOptions,
  FontChoice,
  FontRole,
  FontSource,
  FormalDocument,
  FormOpinion,
  PdfRenderOptions,
  ProcessingForm,
  ProcessingFormOptions,
  SealPainter,
  SecretLevel,
  UrgencyMark,
} from './types.js';
