import { AlignmentType, type IParagraphOptions, LineRuleType, Paragraph, TextRun } from 'docx';
import { BODY_CELL, TYPE_SIZE } from './geometry.js';
import type { DocxFontNames } from './types.js';

/** Units and building blocks of the DOCX: twips (1/20 pt), runs with East Asian fonts. */

export const TWIPS_PER_POINT = 20;
export const twips = (points: number): number => Math.round(points * TWIPS_PER_POINT);

/** Exact line height of the body: 22 lines in the 225 mm 版心. */
export const LINE_TWIPS = 579;
/** A body character: 28 to the 156 mm line. */
export const CHAR_TWIPS = twips(BODY_CELL);
/** Tightens 16 pt characters to the 28-a-line pitch. */
export const BODY_CHARACTER_SPACING = CHAR_TWIPS - twips(TYPE_SIZE.hao3);

export const DEFAULT_DOCX_FONTS: DocxFontNames = {
  fangSong: '仿宋_GB2312',
  title: '方正小标宋简体',
  hei: '黑体',
  kai: '楷体_GB2312',
  song: '宋体',
};

export interface RunStyle {
  font: string;
  /** Points. */
  size?: number;
  color?: string;
  /** Horizontal scale in percent. */
  scale?: number;
}

/** A run whose every script uses `font`, so Word and WPS pick it for Chinese text too. */
export function run(text: string, style: RunStyle, breakBefore = false): TextRun {
  return new TextRun({
    text,
    break: breakBefore ? 1 : undefined,
    font: { ascii: style.font, hAnsi: style.font, eastAsia: style.font, cs: style.font, hint: 'eastAsia' },
    size: style.size === undefined ? undefined : style.size * 2,
    color: style.color,
    scale: style.scale,
  });
}

/** A paragraph on the body's exact line grid. */
export function paragraph(children: TextRun[], options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    ...options,
    spacing: { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, ...options.spacing },
    children,
  });
}

/** Space before a paragraph of `lines` blank body lines. */
export const linesBefore = (lines: number) => ({ before: lines * LINE_TWIPS });
