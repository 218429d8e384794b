import { describe, expect, it } from 'vitest';
import { snippet } from './snippet.js';
import { containsTerm, gramTokens, parseQuery, wordTokens } from './tokens.js';

describe('search tokens', () => {
  it('cuts Chinese runs into bigrams with their end characters, keeps numbers whole, drops punctuation', () => {
    expect(gramTokens('示政办发〔2026〕12号')).toEqual(['示', '示政', '政办', '办发', '发', '2026', '12', '号']);
    expect(gramTokens('召开会议。')).toEqual(['召', '召开', '开会', '会议', '议']);
    expect(gramTokens('ＯＡ系统v2')).toEqual(['oa', '系', '系统', '统', 'v2']);
  });

  it('makes each query term a phrase the document can contain anywhere', () => {
    expect(parseQuery('会议')).toEqual([{ text: '会议', grams: ['会议'], prefix: false, words: ['会议'] }]);
    expect(parseQuery('预算执行')[0]!.grams).toEqual(['预算', '算执', '执行']);
    expect(parseQuery('示政办发〔2026〕12号')[0]!.grams).toEqual(['示政', '政办', '办发', '发', '2026', '12', '号']);
    expect(parseQuery('12号')[0]!.grams).toEqual(['12', '号']);
    expect(parseQuery('会')).toEqual([{ text: '会', grams: ['会'], prefix: true, words: [] }]);
    expect(parseQuery(' 安全生产   检查 ').map((t) => t.text)).toEqual(['安全生产', '检查']);
    expect(parseQuery('〔〕 ，')).toEqual([]);
  });

  it('tells whether a text contains a term as the index would match it', () => {
    const title = gramTokens('示政办发〔2026〕112号');
    expect(containsTerm(title, parseQuery('〔2026〕112号')[0]!)).toBe(true);
    expect(containsTerm(title, parseQuery('12号')[0]!)).toBe(false);
    expect(containsTerm(title, parseQuery('政')[0]!)).toBe(true);
  });

  it('cuts title words with Intl.Segmenter', () => {
    expect(wordTokens('关于召开会议的通知')).toEqual(['关于', '召开', '会议', '的', '通知']);
  });
});

describe('snippet', () => {
  it('marks the hits and escapes everything else', () => {
    expect(snippet('<b>定于明日</b>召开会议 & 讨论', ['会议'])).toBe('&lt;b&gt;定于明日&lt;/b&gt;召开<mark>会议</mark> &amp; 讨论');
  });

  it('finds a number as the index does: punctuation ignored, not inside a longer number', () => {
    expect(snippet('依据示政办发〔2026〕112号和示政办发〔2026〕12号文件', ['12号'])).toBe('依据示政办发〔2026〕112号和示政办发〔2026〕<mark>12号</mark>文件');
    expect(snippet('见示政办发〔2026〕12号', ['示政办发[2026]12号'])).toBe('见<mark>示政办发〔2026〕12号</mark>');
  });

  it('shows a window around the first hit', () => {
    const text = `${'甲'.repeat(200)}预算${'乙'.repeat(200)}`;
    const s = snippet(text, ['预算'], 40);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('<mark>预算</mark>');
    expect(Array.from(s.replace(/<\/?mark>/g, '')).length).toBe(42);
  });
});
