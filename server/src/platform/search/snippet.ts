import { normalize } from './tokens.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NOT_HAN_WORD = /^(?!\p{Script=Han})[\p{L}\p{N}]$/u;

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The letters and digits of a text, normalised, each with the index of the character it came from. */
function project(chars: string[]): { text: string; from: number[] } {
  let text = '';
  const from: number[] = [];
  chars.forEach((c, i) => {
    for (const n of normalize(c)) {
      if (!LETTER_OR_DIGIT.test(n)) continue;
      text += n;
      from.push(i);
    }
  });
  return { text, from };
}

/** Where the terms occur, as [start, end) character ranges; matched as the index matches them (punctuation ignored, "12" not inside "112"). */
function hits(chars: string[], terms: string[]): [number, number][] {
  const { text, from } = project(chars);
  const spans: [number, number][] = [];
  for (const term of terms) {
    const needle = project(Array.from(term)).text;
    if (!needle) continue;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const start = from[at]!;
      const end = from[at + needle.length - 1]! + 1;
      const glued = (i: number, edge: string) => NOT_HAN_WORD.test(edge) && NOT_HAN_WORD.test(normalize(chars[i] ?? ''));
      if (glued(start - 1, needle[0]!) || glued(end, needle[needle.length - 1]!)) continue;
      spans.push([start, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/**
 * A window of the text around the first hit, HTML-escaped, every hit in it wrapped in <mark>.
 * Without a hit (the match was in the title or number), the text's beginning.
 */
export function snippet(text: string, terms: string[], width = 100): string {
  const chars = Array.from(text);
  const spans = hits(chars, terms);
  const start = Math.max(0, Math.min((spans[0]?.[0] ?? 0) - Math.floor(width / 4), chars.length - width));
  const end = Math.min(chars.length, start + width);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [s, e] of spans) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    out += escapeHtml(chars.slice(at, from).join('')) + `<mark>${escapeHtml(chars.slice(from, to).join(''))}</mark>`;
    at = to;
  }
  out += escapeHtml(chars.slice(at, end).join(''));
  return (out + (end < chars.length ? '…' : '')).replace(/\s+/g, ' ');
}
