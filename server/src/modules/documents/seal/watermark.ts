import { PDFDocument } from 'pdf-lib';
import type { FontFile } from './font.js';
import { renderPdf } from './render-pdf.js';

const FONT_SIZE = 20;
const GREY = '#999999';
const OPACITY = 0.2;
const ANGLE_DEG = 30;
/** Distance between repeats of the text, in points, across and along the slant. */
const ROW_GAP = 110;
const COLUMN_GAP = 60;

type Box = { width: number; height: number };

/** One transparent page per page size, covered with the slanted text. */
function drawLayers(text: string, font: FontFile, sizes: Box[]): Promise<Buffer> {
  return renderPdf(
    (doc) => {
      doc.registerFont('watermark', font.path, font.postscriptName);
      doc.font('watermark').fontSize(FONT_SIZE).fillColor(GREY).fillOpacity(OPACITY);
      const textWidth = doc.widthOfString(text);
      sizes.forEach(({ width, height }, i) => {
        if (i > 0) doc.addPage({ size: [width, height], margin: 0 });
        // Enough rows and columns to cover the page's diagonal in the slanted frame.
        const reach = Math.hypot(width, height) / 2;
        doc.save().translate(width / 2, height / 2).rotate(-ANGLE_DEG);
        const period = textWidth + COLUMN_GAP;
        for (let row = 0, y = -reach; y < reach; row++, y += ROW_GAP) {
          for (let x = -reach - ((row % 2) * period) / 2; x < reach; x += period) doc.text(text, x, y, { lineBreak: false });
        }
        doc.restore();
      });
    },
    { size: [sizes[0]!.width, sizes[0]!.height], margin: 0 },
  );
}

/**
 * Repeats `text` (who downloads the file, and when) across every page in light grey on a slant, so a
 * printout or screenshot of a classified document still names its source. The text is drawn by pdfkit,
 * which embeds only the characters used (pdf-lib's subsets of CFF fonts such as Noto CJK are unreadable
 * to poppler), and laid over each page by pdf-lib. The result is a new file: seals do not survive it.
 */
export async function watermarkPdf(pdf: Buffer, text: string, font: FontFile): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf);
  const pages = doc.getPages();
  const boxes = pages.map((page) => page.getMediaBox());
  const sizeKeys = [...new Set(boxes.map((b) => `${b.width}x${b.height}`))];
  const layers = await doc.embedPdf(
    await drawLayers(text, font, sizeKeys.map((key) => boxes.find((b) => `${b.width}x${b.height}` === key)!)),
    sizeKeys.map((_, i) => i),
  );
  pages.forEach((page, i) => {
    const box = boxes[i]!;
    page.drawPage(layers[sizeKeys.indexOf(`${box.width}x${box.height}`)]!, { x: box.x, y: box.y });
  });
  return Buffer.from(await doc.save());
}
