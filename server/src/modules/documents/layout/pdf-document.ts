import PDFDocument from 'pdfkit';
import { type FaceSet, registerFaces } from './fonts.js';

/** An A4 PDF with the faces registered; pages are added by the caller. */
export function createPdf(faces: FaceSet, info: { title: string; author?: string }): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: 'A4',
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: info.title, Author: info.author ?? '', Creator: 'Tongban 通办' },
  });
  registerFaces(doc, faces);
  return doc;
}

export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
