import { expressionBuilder, sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Db, Dialect, Tx } from '../db/index.js';
import type { Clearance, DB } from '../db/schema.js';
import { snippet } from './snippet.js';
import { containsTerm, gramTokens, likePattern, parseQuery, type QueryTerm } from './tokens.js';

/**
 * Which entries the searching person may see, as a condition on `search_entries` (owner_id, unit,
 * classification …). It is part of the one query that ranks and counts, so neither the hits nor the
 * total reveal anything else. The documents module passes its own visibility rule as a subquery:
 *
 *   allowed: (eb) => eb.and([
 *     eb('search_entries.owner_id', 'in', visibleDocuments(tx, access).select('documents.id')),
 *     eb('search_entries.classification', 'in', clearedFor(access)),
 *   ])
 */
export type AccessFilter = (eb: ExpressionBuilder<DB, 'search_entries'>) => Expression<SqlBool>;

export interface SearchFilters {
  year?: number;
  category?: string | string[];
  classification?: Clearance | Clearance[];
  unit?: string | string[];
  status?: string | string[];
}

export interface SearchOptions {
  kind: string;
  q: string;
  filters?: SearchFilters;
  /** Required: 'all' only for callers that may see every entry of the kind. */
  allowed: AccessFilter | 'all';
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  ownerId: string;
  title: string;
  number: string;
  /** HTML: escaped text with <mark> around the hits. */
  snippet: string;
  /** Higher is better; comparable within one search only. */
  score: number;
}

export interface SearchResult {
  /** Matches the person may see; when not `exact`, at least this many (RANKED_AT_MOST). */
  total: number;
  exact: boolean;
  items: SearchHit[];
}

/** FTS5 query: every term a phrase of tokens, in any column. */
const ftsQuery = (terms: QueryTerm[]): string => terms.map((t) => `"${t.grams.join(' ')}"${t.prefix ? ' *' : ''}`).join(' AND ');

/** PostgreSQL: every token of every term, in any order; the phrases are verified on `plain` (likePattern). */
const tsQuery = (terms: QueryTerm[]): string =>
  [...new Set(terms.flatMap((t) => t.grams.map((g) => `'${g}'${t.prefix ? ':*' : ''}`)))].join(' & ');

const oneOrMany = <T extends string>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** The kind, the filters and the access filter as one condition on search_entries. */
function restriction(opts: SearchOptions): Expression<SqlBool> {
  const eb = expressionBuilder<DB, 'search_entries'>();
  const { year, category, classification, unit, status } = opts.filters ?? {};
  return eb.and([
    eb('search_entries.kind', '=', opts.kind),
    ...(year !== undefined ? [eb('search_entries.year', '=', year)] : []),
    ...(category !== undefined ? [eb('search_entries.category', 'in', oneOrMany(category))] : []),
    ...(classification !== undefined ? [eb('search_entries.classification', 'in', oneOrMany(classification))] : []),
    ...(unit !== undefined ? [eb('search_entries.unit', 'in', oneOrMany(unit))] : []),
    ...(status !== undefined ? [eb('search_entries.status', 'in', oneOrMany(status))] : []),
    ...(opts.allowed !== 'all' ? [opts.allowed(eb)] : []),
  ]);
}

/**
 * How many matches, newest first, are ranked and counted. Beyond it a search reports "at least
 * this many" and ranks the newest: counting and ranking cost time per match, and a two-character
 * word can match a third of a million documents. What a person reads is the first pages.
 */
export const RANKED_AT_MOST = 500;

/** SQLite: matching ids, up to one more than are ranked, in index order or newest first. */
function sqliteMatches(db: Db | Tx, terms: QueryTerm[], opts: SearchOptions, newestFirst: boolean): Promise<{ id: number }[]> {
  // CROSS JOIN keeps search_fts the outer loop, walked in rowid order by FTS5 itself
  return db
    .selectFrom('search_fts')
    .crossJoin('search_entries')
    .whereRef('search_entries.id', '=', 'search_fts.rowid')
    .where(sql<SqlBool>`search_fts match ${ftsQuery(terms)}`)
    .where(restriction(opts))
    .select('search_entries.id')
    .$if(newestFirst, (q) => q.orderBy('search_fts.rowid', 'desc'))
    .limit(RANKED_AT_MOST + 1)
    .execute();
}

/**
 * SQLite: the newest matches, up to one more than are ranked. Looked for in index order first: FTS5
 * skips through long token lists quickly only that way (a 文号's rare 示财 among common 2020, 12, 号).
 * Only when there are more matches than are ranked are the newest looked for.
 */
async function sqliteNewest(db: Db | Tx, terms: QueryTerm[], opts: SearchOptions): Promise<{ id: number }[]> {
  const some = await sqliteMatches(db, terms, opts, false);
  return some.length > RANKED_AT_MOST ? sqliteMatches(db, terms, opts, true) : some;
}

/** Ids per bucket of the finest level; each level's bucket holds 8 of the one below (migration 017's `bkt`). */
const BUCKET_IDS = 4096;
const BUCKET_LEVELS = ['a', 'b', 'c'];

/** The bkt tsquery of every id from bucket `from` of the finest level up: the fewest bucket tokens, coarser ones where aligned. */
export function bucketsFrom(from: number, to: number): string {
  const tokens: string[] = [];
  let [lo, hi] = [from, to];
  BUCKET_LEVELS.forEach((level, i) => {
    const last = i === BUCKET_LEVELS.length - 1;
    for (; lo <= hi && (last || lo % 8 !== 0); lo++) tokens.push(`'${level}${lo}'`);
    [lo, hi] = [Math.ceil(lo / 8), Math.floor(hi / 8)];
  });
  return tokens.join(' | ');
}

/**
 * PostgreSQL: the newest matches, up to one more than are ranked. GIN finds the candidates of the
 * newest id buckets (tsv and bkt in one index scan), LIKE verifies their phrases, and the range
 * widens, by what the matches found so far foretell, until it holds more than are ranked or every
 * entry. A bitmap scan reads only the candidates in range; walking the primary key backwards instead
 * would test every row on the way, so the order is on `id + 0`, which no index gives.
 */
async function postgresNewest(db: Db | Tx, terms: QueryTerm[], opts: SearchOptions): Promise<{ id: number }[]> {
  const bounds = await db
    .selectFrom('search_entries')
    .select((eb) => [eb.fn.min('id').as('lo'), eb.fn.max('id').as('hi')])
    .executeTakeFirst();
  if (bounds?.hi == null) return [];
  const [lo, hi] = [Number(bounds.lo), Number(bounds.hi)];
  const phrases = terms.filter((t) => t.grams.length > 1).map(likePattern);
  const matches = (buckets?: string) =>
    phrases
      .reduce(
        (q, pattern) => q.where(sql<SqlBool>`search_entries.plain like ${pattern}`),
        db.selectFrom('search_entries').where(sql<SqlBool>`search_entries.tsv @@ ${tsQuery(terms)}::tsquery`),
      )
      .$if(buckets !== undefined, (q) => q.where(sql<SqlBool>`search_entries.bkt @@ ${buckets}::tsquery`))
      .where(restriction(opts))
      .select('search_entries.id')
      .orderBy(sql`search_entries.id + 0`, 'desc')
      .limit(RANKED_AT_MOST + 1)
      .execute();
  for (let span = BUCKET_IDS; ; ) {
    const from = Math.floor(Math.max(hi - span + 1, 0) / BUCKET_IDS);
    const everything = from * BUCKET_IDS <= lo;
    const found = await matches(everything ? undefined : bucketsFrom(from, Math.floor(hi / BUCKET_IDS)));
    if (everything || found.length > RANKED_AT_MOST) return found;
    const foretold = found.length ? Math.ceil((1.5 * span * (RANKED_AT_MOST + 1)) / found.length) : 16 * span;
    span = Math.max(2 * span, foretold);
  }
}

/**
 * PostgreSQL: runs the matching with sequential scans off. The planner does not know that testing a
 * row's tokens means reading its tsvector back from TOAST, and for a common word it would rather test
 * every row than take GIN's candidates; with them off it takes GIN's, or drives from a small access set.
 */
async function withoutSeqScan<T>(db: Db | Tx, run: (q: Db | Tx) => Promise<T>): Promise<T> {
  const inside = async (tx: Db | Tx) => {
    const [before] = (await sql<{ was: string }>`SELECT current_setting('enable_seqscan') AS was, set_config('enable_seqscan', 'off', true)`.execute(tx)).rows;
    try {
      return await run(tx);
    } finally {
      await sql`SELECT set_config('enable_seqscan', ${before!.was}, true)`.execute(tx);
    }
  };
  return db.isTransaction ? inside(db) : db.transaction().execute(inside);
}

/**
 * Relevance by where each term occurs: a whole word of the title 4, within the title 2, in the
 * number 2, else (the body) 1. The same on both databases, and cheap: no per-match statistics.
 */
function score(entry: { title: string; title_words: string; number: string }, terms: QueryTerm[]): number {
  const title = gramTokens(entry.title);
  const number = gramTokens(entry.number);
  const words = ` ${entry.title_words} `;
  return terms.reduce((sum, term) => {
    if (term.words.length && words.includes(` ${term.words.join(' ')} `)) return sum + 4;
    if (containsTerm(title, term) || containsTerm(number, term)) return sum + 2;
    return sum + 1;
  }, 0);
}

/**
 * Full-text search over title, number, body and attachment text of one kind of entry, filtered and
 * restricted to what `allowed` admits before anything is ranked or counted.
 */
export async function search(db: Db | Tx, dialect: Dialect, opts: SearchOptions): Promise<SearchResult> {
  const terms = parseQuery(opts.q);
  if (terms.length === 0) return { total: 0, exact: true, items: [] };
  const limit = Math.min(Math.max(opts.limit ?? 20, 1), 100);
  const offset = Math.max(opts.offset ?? 0, 0);

  const newest = dialect === 'postgres' ? await withoutSeqScan(db, (q) => postgresNewest(q, terms, opts)) : await sqliteNewest(db, terms, opts);
  const candidates = newest.slice(0, RANKED_AT_MOST).map((m) => m.id);
  const result = { total: candidates.length, exact: newest.length <= RANKED_AT_MOST };
  if (candidates.length <= offset) return { ...result, items: [] };

  const entries = await db.selectFrom('search_entries').select(['id', 'title', 'title_words', 'number']).where('id', 'in', candidates).execute();
  const page = entries
    .map((e) => ({ id: Number(e.id), score: score(e, terms) }))
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .slice(offset, offset + limit);
  const rows = await db
    .selectFrom('search_entries')
    .select(['id', 'owner_id', 'title', 'number', 'content'])
    .where('id', 'in', page.map((p) => p.id))
    .execute();
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const texts = terms.map((t) => t.text);
  return {
    ...result,
    items: page.map(({ id, score }) => {
      const row = byId.get(id)!;
      return { ownerId: row.owner_id, title: row.title, number: row.number, snippet: snippet(row.content, texts), score };
    }),
  };
}
