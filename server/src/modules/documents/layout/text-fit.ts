import { type Face, faceFor, isCjkPunctuation } from './fonts.js';

/** How a run of text is set: its faces, nominal size and the width of a full-width character. */
export interface TextStyle {
  primary: Face;
  /** Sets what the primary face lacks, and the punctuation when the primary face centres it. */
  fallback: Face;
  size: number;
  /** Advance of a full-width character; body text is set a little tighter than its size. */
  cell: number;
  color: string;
}

/** Consecutive characters of a unit that share one face. */
export interface Piece {
  text: string;
  face: Face;
  fullWidth: boolean;
}

/**
 * What line breaking moves as a whole: one full-width character, a word of Latin letters and
 * digits, or a space.
 */
export interface Unit {
  pieces: Piece[];
  width: number;
  space: boolean;
  /** 避头: may not begin a line (closing punctuation). */
  noStart: boolean;
  /** 避尾: may not end a line (opening punctuation). */
  noEnd: boolean;
}

export interface SetLine {
  units: Unit[];
  /** Offset of the first unit from the text box's left edge. */
  indent: number;
  /** Extra space after every unit but the last, to justify the line. */
  gap: number;
  width: number;
}

export interface LineShape {
  width: number;
  firstIndent?: number;
  restIndent?: number;
  /** Justify every line but the last to the full width. */
  justify?: boolean;
}

const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe10-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3ffff}\u2605\u2606]/u;
const NO_START = new Set('，。、；：？！）》」』”’〕】〗〉…—％,.;:?!)]}%·');
const NO_END = new Set('（《「『“‘〔【〖〈([{');

function isFullWidth(char: string): boolean {
  return FULL_WIDTH.test(char) || isCjkPunctuation(char);
}

/** Width in full-width characters, a Latin character counting one half. */
export function textColumns(text: string): number {
  let count = 0;
  for (const char of text) count += isFullWidth(char) ? 1 : 0.5;
  return count;
}

function charWidth(char: string, face: Face, style: TextStyle): number {
  return isFullWidth(char) ? style.cell : face.advance(char.codePointAt(0) ?? 0) * style.size;
}

function addChar(pieces: Piece[], char: string, face: Face, fullWidth: boolean): void {
  const last = pieces[pieces.length - 1];
  if (last && last.face === face && last.fullWidth === fullWidth) last.text += char;
  else pieces.push({ text: char, face, fullWidth });
}

/** Splits text into units, each character assigned the face that sets it. */
export function toUnits(text: string, style: TextStyle): Unit[] {
  const units: Unit[] = [];
  let word: Unit | undefined;
  for (const char of text) {
    const face = faceFor(char, style.primary, style.fallback);
    const width = charWidth(char, face, style);
    const space = /\s/.test(char);
    if (isFullWidth(char) || space) {
      word = undefined;
      units.push({
        pieces: [{ text: space ? ' ' : char, face, fullWidth: !space }],
        width,
        space,
        noStart: NO_START.has(char),
        noEnd: NO_END.has(char),
      });
      continue;
    }
    if (!word) {
      word = { pieces: [], width: 0, space: false, noStart: NO_START.has(char), noEnd: false };
      units.push(word);
    }
    addChar(word.pieces, char, face, false);
    word.width += width;
    word.noEnd = NO_END.has(char);
  }
  return units;
}

function trimmedWidth(units: Unit[]): number {
  let end = units.length;
  while (end > 0 && units[end - 1]!.space) end--;
  return units.slice(0, end).reduce((sum, unit) => sum + unit.width, 0);
}

/** Where to break a line that overflows before `overflow`: never before 避头 or after 避尾 units. */
function breakBefore(units: Unit[], start: number, overflow: number): number {
  for (let at = overflow; at > start + 1; at--) {
    if (!units[at]!.noStart && !units[at - 1]!.noEnd) return at;
  }
  return Math.max(overflow, start + 1);
}

/** Breaks units into lines of the given shape (greedy, with 避头尾) and justifies them. */
export function setLines(units: Unit[], shape: LineShape): SetLine[] {
  const firstIndent = shape.firstIndent ?? 0;
  const restIndent = shape.restIndent ?? 0;
  const lines: SetLine[] = [];
  let start = 0;
  while (start < units.length) {
    if (lines.length > 0) while (start < units.length && units[start]!.space) start++;
    if (start >= units.length) break;
    const indent = lines.length === 0 ? firstIndent : restIndent;
    const available = shape.width - indent;
    let end = start;
    let width = 0;
    while (end < units.length && width + units[end]!.width <= available + 0.01) width += units[end++]!.width;
    const last = end >= units.length;
    if (!last) end = breakBefore(units, start, end);
    const lineUnits = units.slice(start, end);
    const natural = trimmedWidth(lineUnits);
    const gaps = lineUnits.length - 1;
    const gap = shape.justify && !last && gaps > 0 ? Math.max(0, (available - natural) / gaps) : 0;
    lines.push({ units: lineUnits, indent, gap, width: natural + gap * gaps });
    start = end;
  }
  return lines;
}

/** Natural width of a text on one line. */
export function textWidth(text: string, style: TextStyle): number {
  return toUnits(text, style).reduce((sum, unit) => sum + unit.width, 0);
}
