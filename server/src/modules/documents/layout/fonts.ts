import { existsSync, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { LayoutError } from './errors.js';
import type { FontChoice, FontRole, FontSource } from './types.js';

/** The part of a fontkit font (as pdfkit opens it) that layout needs. */
interface FontkitGlyph {
  advanceWidth: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
}
interface FontkitFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
}

/** A glyph's ink box in ems of the nominal type size (y up from the baseline). */
export interface InkBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const NOTO = '/usr/share/fonts/opentype/noto';
const NOTO_ARCH = '/usr/share/fonts/noto-cjk';
const WINDOWS = 'C:\\Windows\\Fonts';

/** Installed fonts looked for, in order, when the caller names none (Debian, Arch, Windows). */
const DEFAULT_CANDIDATES: Record<FontRole, FontSource[]> = {
  fangSong: [{ path: '/usr/share/fonts/truetype/cwtex/cwfs.ttf' }, { path: `${WINDOWS}\\simfang.ttf` }],
  song: [
    { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, postscriptName: 'NotoSerifCJKsc-Regular' },
    { path: `${NOTO_ARCH}/NotoSerifCJK-Regular.ttc`, postscriptName: 'NotoSerifCJKsc-Regular' },
    { path: `${WINDOWS}\\simsun.ttc`, postscriptName: 'SimSun' },
  ],
  title: [
    { path: `${NOTO}/NotoSerifCJK-Bold.ttc`, postscriptName: 'NotoSerifCJKsc-Bold' },
    { path: `${NOTO_ARCH}/NotoSerifCJK-Bold.ttc`, postscriptName: 'NotoSerifCJKsc-Bold' },
  ],
  hei: [
    { path: `${NOTO}/NotoSansCJK-Regular.ttc`, postscriptName: 'NotoSansCJKsc-Regular' },
    { path: `${NOTO_ARCH}/NotoSansCJK-Regular.ttc`, postscriptName: 'NotoSansCJKsc-Regular' },
    { path: `${WINDOWS}\\simhei.ttf` },
  ],
  kai: [{ path: '/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf' }, { path: `${WINDOWS}\\simkai.ttf` }],
};

/** A role whose face is missing borrows the first available of these, else the 宋体 face. */
const SUBSTITUTES: Record<FontRole, FontRole[]> = {
  fangSong: [],
  song: ['hei', 'title'],
  title: [],
  hei: [],
  kai: ['fangSong'],
};

/** Characters set in the fallback (宋体) face when a face centres its punctuation. */
const CJK_PUNCTUATION = /[\u2010-\u2027\u3000-\u303f\ufe10-\ufe1f\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;

export function isCjkPunctuation(char: string): boolean {
  return CJK_PUNCTUATION.test(char);
}

export class Face {
  private readonly covered = new Map<number, boolean>();
  private readonly glyphs = new Map<number, FontkitGlyph>();
  /** Scales the font so that a Han character's advance is exactly one em. */
  readonly emScale: number;
  /**
   * False for faces made for Traditional Chinese (cwTeX 仿宋), which centre "，" and "。" in the
   * cell; mainland typesetting puts them bottom-left, so those come from the fallback face.
   */
  readonly ownPunctuation: boolean;

  constructor(
    /** The name the face is registered under in each PDF document. */
    readonly key: string,
    readonly font: FontkitFont,
  ) {
    const han = this.covers(0x4e00) ? font.glyphForCodePoint(0x4e00).advanceWidth : font.unitsPerEm;
    this.emScale = font.unitsPerEm / han;
    const comma = this.covers(0xff0c) ? font.glyphForCodePoint(0xff0c) : undefined;
    this.ownPunctuation =
      comma !== undefined && comma.bbox.maxX <= comma.advanceWidth / 2 && comma.bbox.maxY <= comma.advanceWidth * 0.4;
  }

  covers(codePoint: number): boolean {
    let covered = this.covered.get(codePoint);
    if (covered === undefined) {
      covered = this.font.hasGlyphForCodePoint(codePoint);
      this.covered.set(codePoint, covered);
    }
    return covered;
  }

  private glyph(codePoint: number): FontkitGlyph {
    let glyph = this.glyphs.get(codePoint);
    if (!glyph) {
      glyph = this.font.glyphForCodePoint(codePoint);
      this.glyphs.set(codePoint, glyph);
    }
    return glyph;
  }

  /** Advance in ems of the nominal size. */
  advance(codePoint: number): number {
    return (this.glyph(codePoint).advanceWidth / this.font.unitsPerEm) * this.emScale;
  }

  ink(codePoint: number): InkBox {
    const { bbox } = this.glyph(codePoint);
    const k = this.emScale / this.font.unitsPerEm;
    return { minX: bbox.minX * k, minY: bbox.minY * k, maxX: bbox.maxX * k, maxY: bbox.maxY * k };
  }
}

export type FaceSet = Record<FontRole, Face>;

const fileCache = new Map<string, Buffer>();
const faceCache = new Map<string, Face>();

function readFontFile(path: string): Buffer {
  let buffer = fileCache.get(path);
  if (!buffer) {
    buffer = readFileSync(path);
    fileCache.set(path, buffer);
  }
  return buffer;
}

function openFace(source: FontSource): Face {
  const key = source.postscriptName ? `${source.path}#${source.postscriptName}` : source.path;
  const cached = faceCache.get(key);
  if (cached) return cached;
  let font: FontkitFont;
  try {
    // pdfkit opens fonts with its own fontkit; reading the parsed font back from a scratch
    // document lets every later document reuse it (and its glyph caches) without a re-parse.
    const scratch = new PDFDocument({ autoFirstPage: false });
    scratch.font(readFontFile(source.path), source.postscriptName ?? '');
    font = (scratch as unknown as { _font: { font: FontkitFont } })._font.font;
  } catch (error) {
    throw new LayoutError(
      'LAYOUT_FONT_UNREADABLE',
      `cannot open font ${key} (${(error as Error).message}); a .ttc collection needs postscriptName · 无法读取字体文件`,
    );
  }
  const face = new Face(key, font);
  faceCache.set(key, face);
  return face;
}

function findSource(role: FontRole, choice: FontChoice): FontSource | undefined {
  const chosen = choice[role];
  if (chosen) {
    if (!existsSync(chosen.path)) {
      throw new LayoutError('LAYOUT_FONT_NOT_FOUND', `font file for ${role} not found: ${chosen.path} · 字体文件不存在`);
    }
    return chosen;
  }
  return DEFAULT_CANDIDATES[role].find((candidate) => existsSync(candidate.path));
}

/**
 * The faces to typeset with: those named in `choice`, else the installed ones found first; a
 * missing face borrows another role's. Fails when no face can stand in for the 宋体 fallback.
 */
export function loadFaces(choice: FontChoice = {}): FaceSet {
  const roles = Object.keys(DEFAULT_CANDIDATES) as FontRole[];
  const found = new Map<FontRole, Face>();
  for (const role of roles) {
    const source = findSource(role, choice);
    if (source) found.set(role, openFace(source));
  }
  const pick = (role: FontRole): Face | undefined =>
    found.get(role) ?? SUBSTITUTES[role].map((other) => found.get(other)).find((face) => face !== undefined);
  const song = pick('song');
  if (!song) {
    const searched = roles.flatMap((role) => DEFAULT_CANDIDATES[role].map((c) => c.path));
    throw new LayoutError(
      'LAYOUT_NO_CJK_FONT',
      `no CJK font found; install fonts-noto-cjk or pass options.fonts (searched ${searched.join(', ')}) · 未找到中文字体`,
    );
  }
  const face = (role: FontRole): Face => pick(role) ?? song;
  return { fangSong: face('fangSong'), song, title: face('title'), hei: face('hei'), kai: face('kai') };
}

/** Reads and parses the fonts now (e.g. at start-up) so that the first render is as fast as the rest. */
export function preloadFonts(choice: FontChoice = {}): void {
  loadFaces(choice);
}

export function registerFaces(doc: PDFKit.PDFDocument, faces: FaceSet): void {
  for (const face of new Set(Object.values(faces))) {
    // pdfkit accepts an already parsed fontkit font wherever it accepts font bytes.
    doc.registerFont(face.key, face.font as unknown as Buffer);
  }
}

/** The face that sets `char`: the primary one, unless it lacks the glyph or centres punctuation. */
export function faceFor(char: string, primary: Face, fallback: Face): Face {
  const codePoint = char.codePointAt(0) ?? 0;
  if (!primary.covers(codePoint)) return fallback;
  if (!primary.ownPunctuation && isCjkPunctuation(char)) return fallback;
  return primary;
}
