import type { FontFile } from './font.js';
import { drawSeal, SEAL_DIAMETER_MM, type SealSpec } from './geometry.js';

/** Draws a seal centred on `centre` (page points, pdfkit's top-left origin), `diameterPt` across. */
export type SealPainter = (doc: PDFKit.PDFDocument, centre: { x: number; y: number }, diameterPt: number) => void;

/** A generated seal, or an uploaded image of a real one (PNG with a transparent background). */
export type SealArt = { kind: 'generated'; spec: SealSpec; font: FontFile } | { kind: 'image'; png: Buffer };

const multiplyStates = new WeakMap<PDFKit.PDFDocument, PDFKit.PDFKitReference>();

/** Multiply keeps the text under the seal readable, as ink stamped over print does. */
function multiplyBlend(doc: PDFKit.PDFDocument): void {
  let state = multiplyStates.get(doc);
  if (!state) {
    state = doc.ref({ Type: 'ExtGState', BM: 'Multiply' });
    state.end(undefined);
    multiplyStates.set(doc, state);
  }
  doc.page.ext_gstates.TongbanSealMultiply = state;
  doc.addContent('/TongbanSealMultiply gs');
}

export function sealPainter(art: SealArt): SealPainter {
  if (art.kind === 'image') {
    return (doc, centre, diameterPt) => {
      doc.save();
      multiplyBlend(doc);
      doc.image(art.png, centre.x - diameterPt / 2, centre.y - diameterPt / 2, { fit: [diameterPt, diameterPt], align: 'center', valign: 'center' });
      doc.restore();
    };
  }
  const seal = drawSeal(art.spec, art.font);
  return (doc, centre, diameterPt) => {
    doc.save();
    multiplyBlend(doc);
    doc.translate(centre.x, centre.y).scale(diameterPt / SEAL_DIAMETER_MM);
    doc.circle(0, 0, seal.ring.radius).lineWidth(seal.ring.width).stroke(seal.colour);
    doc.polygon(...seal.star).fill(seal.colour);
    doc.path(seal.text).fill(seal.colour, 'nonzero');
    doc.restore();
  };
}
