import type { FontFile } from './font.js';
import { drawSeal, SEAL_DIAMETER_MM, type SealSpec } from './geometry.js';

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The seal as a standalone SVG for the web, 42 mm across. Characters are outlines taken from `font`, so
 * the seal looks the same whatever fonts the viewer's machine has.
 */
export function sealSvg(spec: SealSpec, font: FontFile): string {
  const seal = drawSeal(spec, font);
  const half = SEAL_DIAMETER_MM / 2;
  const colour = escapeXml(seal.colour);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-half} ${-half} ${SEAL_DIAMETER_MM} ${SEAL_DIAMETER_MM}"` +
    ` width="${SEAL_DIAMETER_MM}mm" height="${SEAL_DIAMETER_MM}mm" role="img" aria-label="${escapeXml(spec.unitName)}">` +
    `<circle r="${seal.ring.radius}" fill="none" stroke="${colour}" stroke-width="${seal.ring.width}"/>` +
    `<polygon fill="${colour}" points="${seal.star.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`).join(' ')}"/>` +
    `<path fill="${colour}" d="${seal.text}"/>` +
    `</svg>`
  );
}
