/**
 * How text becomes index tokens, for documents and queries alike.
 *
 * Recall comes from character bigrams: a run of Chinese characters c0…cn-1 is indexed as
 *   c0, c0c1, c1c2, …, cn-2cn-1, cn-1
 * (the single characters only at the run's two ends), so every position starts with one character
 * of the run and any substring of two or more characters is a phrase of consecutive bigrams —
 * found however Intl.Segmenter would cut the document or the query. Letters and digits form whole
 * tokens, so "12号" is the phrase 12 号 and does not match "112号". Punctuation only separates:
 * "示政办发〔2026〕12号" is 示 示政 政办 办发 发 2026 12 号.
 *
 * Precision: a query term matches only as one contiguous phrase (like a substring search that
 * ignores punctuation), never as scattered characters. Ranking (query.ts) uses Intl.Segmenter's
 * words of the title, so a term that is a whole word of the title (会议 in 召开会议) ranks above the
 * same characters across two words (大会|议程). Bodies are not cut into words: the segmenter manages
 * some 1,500 bodies of 600 characters a second, far below the indexing goal.
 */

const PIECE = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const HAN = /^\p{Script=Han}/u;

/** Full-width letters and digits to ASCII, lower case: the same form for text and queries. */
export const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

/** A text's runs of Chinese and of other letters and digits, normalised; the rest only separates them. */
export const textPieces = (text: string): string[] => normalize(text).match(PIECE) ?? [];

const SURROGATE = /[\uD800-\uDFFF]/;

/** The run's tokens, appended to `out` (the hot loop of indexing: no intermediate arrays). */
function pushHanRun(run: string, out: string[]): void {
  const chars = SURROGATE.test(run) ? Array.from(run) : run;
  const n = chars.length;
  out.push(chars[0]!);
  if (n === 1) return;
  for (let i = 1; i < n; i++) out.push(chars[i - 1]! + chars[i]!);
  out.push(chars[n - 1]!);
}

/**
 * A run of letters and digits is one token, cut at this length: PostgreSQL refuses a lexeme over
 * 2,047 bytes, and a query term, at most MAX_TERM_CHARS long, never reaches a cut token.
 */
const MAX_WORD_CHARS = 200;

function pushPiece(piece: string, out: string[]): void {
  if (HAN.test(piece)) pushHanRun(piece, out);
  else out.push(piece.length > MAX_WORD_CHARS ? piece.slice(0, MAX_WORD_CHARS) : piece);
}

function pieceTokens(piece: string): string[] {
  const out: string[] = [];
  pushPiece(piece, out);
  return out;
}

/** The bigram token stream of a text's pieces, in order (a token's index is its position). */
export function gramsOf(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) pushPiece(piece, out);
  return out;
}

export const gramTokens = (text: string): string[] => gramsOf(textPieces(text));

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words of a (short) text as Intl.Segmenter cuts them, punctuation left out. */
export const wordTokens = (text: string): string[] =>
  Array.from(segmenter.segment(normalize(text)))
    .filter((s) => s.isWordLike)
    .flatMap((s) => s.segment.match(PIECE) ?? []);

export interface QueryTerm {
  /** The term as typed, normalised: what the snippet highlights. */
  text: string;
  /** Consecutive tokens the document must contain. */
  grams: string[];
  /** A single character: it may start any bigram (`grams` is then that one character). */
  prefix: boolean;
  /** The term's words, for ranking a whole-word title match first. */
  words: string[];
}

const MAX_TERMS = 8;
const MAX_TERM_CHARS = 64;

/**
 * Query text → terms (separated by spaces; every term must match). A term's first and last runs of
 * Chinese may continue in the document, so their end characters, which the document indexes only
 * where its own run ends, are dropped.
 */
export function parseQuery(q: string): QueryTerm[] {
  return normalize(q)
    .split(/\s+/)
    .map((text) => text.slice(0, MAX_TERM_CHARS))
    .map((text): QueryTerm | null => {
      const parts = text.match(PIECE) ?? [];
      if (parts.length === 0) return null;
      const single = parts.length === 1 && HAN.test(parts[0]!) && Array.from(parts[0]!).length === 1;
      if (single) return { text, grams: parts, prefix: true, words: [] };
      const grams = parts.flatMap((part, i) => {
        const tokens = pieceTokens(part);
        if (tokens.length === 1) return tokens;
        return tokens.slice(i === 0 ? 1 : 0, i === parts.length - 1 ? -1 : undefined);
      });
      return { text, grams, prefix: false, words: wordTokens(text) };
    })
    .filter((term): term is QueryTerm => term !== null)
    .slice(0, MAX_TERMS);
}

/**
 * A text's letters, digits and Chinese as space-separated pieces between two spaces:
 * "示政办发〔2026〕12号" is " 示政办发 2026 12 号 ". PostgreSQL verifies each phrase against it with
 * LIKE (likePattern), which then matches exactly what the phrase of tokens would.
 */
const plainOf = (pieces: string[]): string => ` ${pieces.join(' ')} `;

/** An entry's `plain` column: one plainOf line per section (title, number, content), so a phrase never spans two. */
export const plainOfSections = (sections: string[][]): string => sections.map(plainOf).join('\n');

/**
 * A term's LIKE pattern over plainOf: Chinese at the term's two ends may continue in the text
 * (as the term's dropped end characters allow), every other piece must be whole, so 12号 finds
 * " 12 号" and not " 112 号". Pieces are letters and digits only: nothing to escape.
 */
export function likePattern(term: QueryTerm): string {
  const parts = term.text.match(PIECE) ?? [];
  const open = HAN.test(parts[0] ?? '') ? '' : ' ';
  const close = HAN.test(parts.at(-1) ?? '') ? '' : ' ';
  return `%${open}${parts.join(' ')}${close}%`;
}

/** Whether a text's tokens contain the term, exactly as the index matches it. */
export function containsTerm(tokens: string[], term: QueryTerm): boolean {
  const [first, ...rest] = term.grams;
  for (let i = 0; i + rest.length < tokens.length; i++) {
    if (term.prefix ? !tokens[i]!.startsWith(first!) : tokens[i] !== first) continue;
    if (rest.every((g, k) => tokens[i + 1 + k] === g)) return true;
  }
  return false;
}
