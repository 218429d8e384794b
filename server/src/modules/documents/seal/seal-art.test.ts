import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { drawSeal, SEAL_DIAMETER_MM } from './geometry.js';
import { sealPainter } from './painter.js';
import { renderPdf } from './render-pdf.js';
import { sealSvg } from './svg.js';
import { poppler, SANS_REGULAR, SERIF_BOLD } from './test-support.js';

const points = (pathData: string) => {
  const numbers = pathData.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return Array.from({ length: numbers.length / 2 }, (_, i) => ({ x: numbers[2 * i]!, y: numbers[2 * i + 1]! }));
};
const degreesFromTop = (p: { x: number; y: number }) => (Math.atan2(p.x, -p.y) * 180) / Math.PI;

describe('generated seal', () => {
  it('sets the unit name inside the ring, along the upper arc over about 240°, clear of the star', () => {
    const seal = drawSeal({ unitName: '示例市人民政府办公室' }, SERIF_BOLD);
    const inner = seal.ring.radius - seal.ring.width / 2;
    const outline = points(seal.text);
    const radii = outline.map((p) => Math.hypot(p.x, p.y));
    expect(Math.max(...radii)).toBeLessThan(inner);
    expect(Math.min(...radii)).toBeGreaterThan(7);
    const angles = outline.map(degreesFromTop);
    expect(Math.min(...angles)).toBeLessThan(-120);
    expect(Math.max(...angles)).toBeGreaterThan(120);
    expect(Math.max(...angles.map(Math.abs))).toBeLessThan(135);
    expect(seal.star).toHaveLength(10);
  });

  it('puts the caption under the star, horizontally', () => {
    const withCaption = drawSeal({ unitName: '示例市人民政府办公室', caption: '公文专用章' }, SERIF_BOLD);
    const withoutCaption = drawSeal({ unitName: '示例市人民政府办公室' }, SERIF_BOLD);
    const caption = points(withCaption.text.slice(withoutCaption.text.length));
    const ys = caption.map((p) => p.y);
    expect(Math.min(...ys)).toBeGreaterThan(6);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(5);
  });

  it('is an SVG 42 mm across in seal red, whose name is escaped', () => {
    const svg = sealSvg({ unitName: '<示例>&局' }, SERIF_BOLD);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="-21 -21 42 42" width="42mm" height="42mm"/);
    expect(svg).toContain('aria-label="&lt;示例&gt;&amp;局"');
    expect(svg).toContain('stroke="#E60012"');
    expect(svg).toMatch(/<path fill="#E60012" d="M[^"]+"\/><\/svg>$/);
  });
});

/** Decodes the PPM that pdftoppm writes without -png. */
function raster(pdf: Buffer, dpi: number) {
  const ppm = poppler('pdftoppm', pdf, ['-r', String(dpi)]).stdout;
  const [, width, height] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 32))!.map(Number);
  const header = ppm.length - width! * height! * 3;
  return (x: number, y: number) => {
    const at = header + (Math.round(y) * width! + Math.round(x)) * 3;
    return [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!] as const;
  };
}
const isRed = ([r, g, b]: readonly number[]) => r! > 180 && g! < 90 && b! < 90;
const isDark = ([r, g, b]: readonly number[]) => r! < 90 && g! < 90 && b! < 90;

describe('seal painter', () => {
  const DPI = 72;
  const centre = { x: 300, y: 300 };
  const diameter = (SEAL_DIAMETER_MM * 72) / 25.4;

  it('draws the generated seal in red at the given place and size, over text that stays visible', async () => {
    const pdf = await renderPdf((doc) => {
      doc.rect(centre.x - 100, centre.y - 3, 200, 6).fill('#000000');
      sealPainter({ kind: 'generated', spec: { unitName: '示例市人民政府办公室', caption: '公文专用章' }, font: SERIF_BOLD })(doc, centre, diameter);
      doc.registerFont('after', SANS_REGULAR.path, SANS_REGULAR.postscriptName);
      doc.font('after').text('落款', 72, 600);
    });
    const pixel = raster(pdf, DPI);
    const ringRadius = diameter / 2 - 0.6 * (72 / 25.4);
    for (const [dx, dy] of [[0, ringRadius], [ringRadius * 0.7071, -ringRadius * 0.7071], [-ringRadius * 0.7071, ringRadius * 0.7071]]) {
      expect(isRed(pixel(centre.x + dx!, centre.y + dy!))).toBe(true);
    }
    expect(isRed(pixel(centre.x, centre.y - 12))).toBe(true);
    expect(isRed(pixel(centre.x + diameter, centre.y))).toBe(false);
    // Where the ring crosses the black bar the bar stays black: the seal multiplies, it does not cover.
    expect(isDark(pixel(centre.x - ringRadius, centre.y))).toBe(true);
    expect(isDark(pixel(centre.x + ringRadius, centre.y))).toBe(true);
    expect(poppler('pdftotext', pdf).stdout.toString()).toContain('落款');
  });

  it('draws an uploaded PNG seal centred, at the given diameter', async () => {
    const png = await QRCode.toBuffer('seal', { margin: 0, color: { dark: '#E60012ff', light: '#00000000' } });
    const pdf = await renderPdf((doc) => sealPainter({ kind: 'image', png })(doc, centre, diameter));
    const pixel = raster(pdf, DPI);
    // QR codes have a dark finder square in each top corner and a white space just inside it.
    const half = diameter / 2;
    expect(isRed(pixel(centre.x - half + 2, centre.y - half + 2))).toBe(true);
    expect(isRed(pixel(centre.x + half - 2, centre.y - half + 2))).toBe(true);
    expect(isRed(pixel(centre.x - half - 3, centre.y - half - 3))).toBe(false);
    expect(isRed(pixel(centre.x + half + 3, centre.y + half + 3))).toBe(false);
  });
});
