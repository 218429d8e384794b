import { textColumns } from './text-fit.js';

/**
 * Splits a title into lines per GB/T 9704-2012 7.3.1: words kept whole, and the lines shaped as
 * an inverted trapezoid (each no longer than the one above) or, with three lines, a diamond.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Words of official titles that ICU's dictionary cuts apart. */
const KEEP_WHOLE = ['印发', '转发', '批转', '办公室', '办公厅', '委员会', '实施方案', '工作方案', '优化', '若干'];
const NUMBER_THEN_UNIT = /(\d+)[年月日号个项件期批次]/g;
const OPENING = '《（〔(';
const CLOSING = '》）〕)';

/** Words, with a bracketed name (《…》, （…）) kept as one token when it fits on a line. */
/** Offsets (in UTF-16 units) inside a protected word or between a number and its unit. */
function unbreakable(title: string): Set<number> {
  const inside = new Set<number>();
  for (const word of KEEP_WHOLE) {
    for (let at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) {
      for (let i = 1; i < word.length; i++) inside.add(at + i);
    }
  }
  for (const match of title.matchAll(NUMBER_THEN_UNIT)) inside.add(match.index + match[1]!.length);
  return inside;
}

function segmentWords(title: string): string[] {
  const inside = unbreakable(title);
  const result: string[] = [];
  for (const { segment, index } of segmenter.segment(title)) {
    if (result.length > 0 && inside.has(index)) result[result.length - 1] += segment;
    else result.push(segment);
  }
  return result;
}

function tokens(title: string, maxColumns: number): string[] {
  const result: string[] = [];
  let group: string[] | undefined;
  let depth = 0;
  for (const word of segmentWords(title)) {
    if (depth === 0 && [...word].some((c) => OPENING.includes(c))) group = [];
    for (const char of word) depth += OPENING.includes(char) ? 1 : CLOSING.includes(char) ? -1 : 0;
    depth = Math.max(depth, 0);
    if (group) group.push(word);
    else result.push(word);
    if (group && depth === 0) {
      const joined = group.join('');
      result.push(...(textColumns(joined) <= maxColumns ? [joined] : group));
      group = undefined;
    }
  }
  if (group) result.push(...group);
  return result;
}

function shapeCost(lengths: number[]): number {
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  let cost = lengths.reduce((sum, len) => sum + (len - mean) ** 2, 0);
  for (let i = 1; i < lengths.length; i++) {
    const diamondTop = lengths.length === 3 && i === 1;
    if (!diamondTop && lengths[i]! > lengths[i - 1]!) cost += 4 * (lengths[i]! - lengths[i - 1]!) ** 2 + 2;
  }
  return cost + Math.max(0, lengths[lengths.length - 1]! - lengths[0]!);
}

function breakCost(line: string): number {
  const openBracket = line.lastIndexOf('《') > line.lastIndexOf('》');
  return (line.startsWith('的') ? 3 : 0) + (line.endsWith('的') ? 3 : 0) + (openBracket ? 2 : 0);
}

export function titleLines(title: string, maxColumns: number): string[] {
  const clean = title.trim();
  if (textColumns(clean) <= maxColumns) return [clean];
  const words = tokens(clean, maxColumns);
  const minLines = Math.ceil(textColumns(clean) / maxColumns);
  let best: { cost: number; lines: string[] } | undefined;
  // Tries every split of the words into minLines or minLines + 1 lines that fit; titles are short.
  const search = (from: number, lines: string[], count: number): void => {
    if (from === words.length) {
      if (lines.length !== count) return;
      const cost = shapeCost(lines.map(textColumns)) + lines.reduce((sum, line) => sum + breakCost(line), 0);
      if (!best || cost < best.cost) best = { cost, lines: [...lines] };
      return;
    }
    if (lines.length === count) return;
    let line = '';
    for (let to = from; to < words.length; to++) {
      line += words[to];
      if (textColumns(line) > maxColumns) break;
      search(to + 1, [...lines, line], count);
    }
  };
  for (let count = minLines; count <= minLines + 1 && !best; count++) search(0, [], count);
  return best?.lines ?? hardWrap(clean, maxColumns);
}

/** For a title with a word longer than a line: cut at the column limit. */
function hardWrap(text: string, maxColumns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (textColumns(line + char) > maxColumns) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  return [...lines, line];
}
