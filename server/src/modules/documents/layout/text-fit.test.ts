import { describe, expect, it } from 'vitest';
import { loadFaces } from './fonts.js';
import { BODY_CELL, TYPE_AREA } from './geometry.js';
import { buildStyles } from './pdf-styles.js';
import { columnWidths } from './table-columns.js';
import { setLines, textColumns, toUnits } from './text-fit.js';
import { titleLines } from './title-lines.js';

const faces = loadFaces();
const { body } = buildStyles(faces);
const lineText = (text: string, width = TYPE_AREA.width, firstIndent = 0) =>
  setLines(toUnits(text, body), { width, firstIndent, justify: true }).map((line) =>
    line.units.map((unit) => unit.pieces.map((piece) => piece.text).join('')).join(''),
  );

describe('setLines', () => {
  it('puts 28 body characters on a full line', () => {
    const lines = lineText('一'.repeat(60));
    expect(lines.map((line) => line.length)).toEqual([28, 28, 4]);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation (避头尾)', () => {
    // A comma would fall at the start of line 2 and an opening quote at the end of line 1.
    const comma = lineText(`${'国'.repeat(28)}，后文`);
    expect(comma[1]!.startsWith('，')).toBe(false);
    expect(comma[0]!.length).toBe(27);
    const quote = lineText(`${'国'.repeat(27)}“引文”`);
    expect(quote[0]!.endsWith('“')).toBe(false);
  });

  it('keeps a Latin word or number whole and justifies all but the last line', () => {
    const lines = setLines(toUnits(`${'国'.repeat(25)}12000件完成`, body), { width: TYPE_AREA.width, justify: true });
    const texts = lines.map((line) => line.units.map((u) => u.pieces.map((p) => p.text).join('')).join(''));
    expect(texts.some((t) => t.includes('12000'))).toBe(true);
    expect(lines[0]!.width).toBeCloseTo(TYPE_AREA.width, 3);
    expect(lines[lines.length - 1]!.gap).toBe(0);
  });

  it('indents the first line by two characters', () => {
    expect(lineText('国'.repeat(40), TYPE_AREA.width, 2 * BODY_CELL)[0]!.length).toBe(26);
  });

  it('sets characters the FangSong face lacks, and centred punctuation, in the fallback face', () => {
    // Compared by key: a failing comparison of whole faces would print entire parsed fonts.
    const faceOf = (char: string) => toUnits(char, body)[0]!.pieces[0]!.face.key;
    expect(faceOf('这')).toBe(faces.song.key);
    expect(faceOf('，')).toBe(faces.song.key);
    expect(faceOf('示')).toBe(faces.fangSong.key);
  });
});

describe('titleLines', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('关于加强安全生产工作的通知', 20)).toEqual(['关于加强安全生产工作的通知']);
  });

  it('breaks between words, not inside 印发 or a number and its unit, lines shrinking downwards', () => {
    const lines = titleLines('示例市人民政府办公室关于做好2026年元旦春节期间有关工作的通知', 20);
    expect(lines).toEqual(['示例市人民政府办公室关于做好2026年', '元旦春节期间有关工作的通知']);
    const three = titleLines('示例市人民政府办公室关于印发《示例市进一步优化政务服务提升行政效能实施方案》的通知', 20);
    expect(three).toEqual(['示例市人民政府办公室关于印发', '《示例市进一步优化政务服务提升', '行政效能实施方案》的通知']);
    for (const line of three) expect(textColumns(line)).toBeLessThanOrEqual(20);
  });
});

describe('columnWidths', () => {
  it('gives narrow columns their width and shares the rest among wide ones', () => {
    const measure = (text: string) => textColumns(text) * 10;
    const widths = columnWidths([['序号', '很长很长很长很长很长很长很长很长很长很长很长很长很长很长', '单位']], measure, 10, 0, 300);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(300, 6);
    expect(widths[0]).toBeCloseTo(30, 6);
    expect(widths[2]).toBeCloseTo(30, 6);
  });
});
