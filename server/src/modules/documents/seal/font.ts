import fs from 'node:fs';
import fontkit from '@pdf-lib/fontkit';

/** A font file; a collection (.ttc) also needs the PostScript name of its member, e.g. `NotoSerifCJKsc-Bold`. */
export interface FontFile {
  path: string;
  postscriptName?: string;
}

export type Font = ReturnType<typeof fontkit.create>;

// A CJK collection is 20–30 MB; parse each member once per process.
const loaded = new Map<string, Font>();

export function loadFont(file: FontFile): Font {
  const key = `${file.path}#${file.postscriptName ?? ''}`;
  let font = loaded.get(key);
  if (!font) {
    font = fontkit.create(fs.readFileSync(file.path), file.postscriptName);
    if (!font || typeof font.glyphForCodePoint !== 'function') throw new Error(`${file.path}: name the font of the collection to use`);
    loaded.set(key, font);
  }
  return font;
}

/** Where one character goes: its em-box centre (x, y, y pointing down), turn, height and horizontal squeeze. */
export interface GlyphPlacement {
  x: number;
  y: number;
  rotateDeg: number;
  size: number;
  widthScale: number;
}

const format = (n: number) => String(Math.round(n * 1000) / 1000);

/** The outline of `char` as SVG path data, placed so that its em box is centred on the placement. */
export function glyphOutline(font: Font, char: string, at: GlyphPlacement): string {
  const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
  // CJK fonts draw ideographs in an em box between the OS/2 typographic ascender and descender.
  const os2 = font['OS/2'] as unknown as { typoAscender: number; typoDescender: number };
  const centreX = glyph.advanceWidth / 2;
  const centreY = (os2.typoAscender + os2.typoDescender) / 2;
  const k = at.size / font.unitsPerEm;
  const turn = (at.rotateDeg * Math.PI) / 180;
  const [cos, sin] = [Math.cos(turn), Math.sin(turn)];
  const place = (fx: number, fy: number): string => {
    const u = (fx - centreX) * k * at.widthScale;
    const v = -(fy - centreY) * k;
    return `${format(at.x + u * cos - v * sin)} ${format(at.y + u * sin + v * cos)}`;
  };
  const parts: string[] = [];
  const pen = {
    moveTo: (x: number, y: number) => parts.push(`M${place(x, y)}`),
    lineTo: (x: number, y: number) => parts.push(`L${place(x, y)}`),
    quadraticCurveTo: (cx: number, cy: number, x: number, y: number) => parts.push(`Q${place(cx, cy)} ${place(x, y)}`),
    bezierCurveTo: (c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number) =>
      parts.push(`C${place(c1x, c1y)} ${place(c2x, c2y)} ${place(x, y)}`),
    closePath: () => parts.push('Z'),
  };
  glyph.path.toFunction()(pen);
  return parts.join('');
}
