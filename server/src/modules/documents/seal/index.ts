export type { FontFile } from './font.js';
export { drawSeal, SEAL_DIAMETER_MM, SEAL_RED, type SealDrawing, type SealSpec } from './geometry.js';
export { sealSvg } from './svg.js';
export { sealPainter, type SealArt, type SealPainter } from './painter.js';
export { signPdf, type PdfSigner } from './sign-pdf.js';
export { verifyPdf, type PdfVerification, type RegisteredSeal, type SealCheck, type SealLookup } from './verify-pdf.js';
export { watermarkPdf } from './watermark.js';
