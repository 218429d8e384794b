import { expressionBuilder, sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Db, Dialect, Tx } from '../db/index.js';
import type { Clearance, DB } from '../db/schema.js';
import { snippet } from './snippet.js';
import { parseQuery, type QueryTerm } from './tokens.js';

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

/** FTS5 query: each term a phrase in title, number or body, or a phrase of whole title words. */
function ftsQuery(terms: QueryTerm[]): string {
  return terms
    .map((t) => {
      const grams = `{title number body} : "${t.grams.join(' ')}"${t.prefix ? ' *' : ''}`;
      return t.words.length ? `(${grams} OR title_words : "${t.words.join(' ')}")` : `(${grams})`;
    })
    .join(' AND ');
}

/**
 * The same as a tsquery. Weights (A title words, B title and number, C body) only rank: a weight
 * in the query would make PostgreSQL recheck every GIN candidate against its stored tsvector.
 */
function tsQuery(terms: QueryTerm[]): string {
  const phrase = (tokens: string[], prefix = false) => tokens.map((t) => `'${t}'${prefix ? ':*' : ''}`).join(' <-> ');
  return terms
    .map((t) => {
      const grams = phrase(t.grams, t.prefix);
      const words = phrase(t.words);
      return words && words !== grams ? `((${grams}) | (${words}))` : `(${grams})`;
    })
    .join(' & ');
}

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

interface Ranked {
  id: number;
  score: number;
  total: number;
}

/**
 * How many matches, newest first, are ranked and counted. Beyond it a search reports "at least
 * this many" and ranks the newest: ranking and counting cost time per match, and a two-character
 * word can match a third of a million documents. What a person reads is the first pages.
 */
export const RANKED_AT_MOST = 2_000;

/** One page of matching entry ids, best first, each row carrying the number of matches (up to RANKED_AT_MOST + 1). */
function rank(db: Db | Tx, dialect: Dialect, terms: QueryTerm[], opts: SearchOptions, limit: number, offset: number): Promise<Ranked[]> {
  // the window count sits outside the scan: SQLite refuses bm25() beside a window function
  const total = sql<number>`count(*) over ()`.as('total');
  if (dialect === 'postgres') {
    const query = tsQuery(terms);
    const newest = db
      .selectFrom('search_entries')
      .where(sql<SqlBool>`search_entries.tsv @@ ${query}::tsquery`)
      .where(restriction(opts))
      .select(['search_entries.id', 'search_entries.tsv'])
      .orderBy('search_entries.id', 'desc')
      .limit(RANKED_AT_MOST + 1)
      .as('m');
    // ranked outside the LIMIT, so only the newest matches' tsvectors are read for ts_rank
    return db
      .selectFrom(newest)
      .select(['m.id', sql<number>`ts_rank(m.tsv, ${query}::tsquery, 1)`.as('score'), total])
      .orderBy('score', 'desc')
      .orderBy('m.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
  }
  // CROSS JOIN keeps search_fts the outer loop, which bm25() needs and which walks it newest first
  const newest = db
    .selectFrom('search_fts')
    .crossJoin('search_entries')
    .whereRef('search_entries.id', '=', 'search_fts.rowid')
    .where(sql<SqlBool>`search_fts match ${ftsQuery(terms)}`)
    .where(restriction(opts))
    .select(['search_entries.id', sql<number>`-bm25(search_fts, 4, 4, 1, 8)`.as('score')])
    .orderBy('search_fts.rowid', 'desc')
    .limit(RANKED_AT_MOST + 1)
    .as('m');
  return db
    .selectFrom(newest)
    .select(['m.id', 'm.score', total])
    .orderBy('m.score', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

const counted = (n: number) => ({ total: Math.min(n, RANKED_AT_MOST), exact: n <= RANKED_AT_MOST });

/**
 * Full-text search over title, number, body and attachment text of one kind of entry, filtered and
 * restricted to what `allowed` admits before anything is ranked or counted.
 */
export async function search(db: Db | Tx, dialect: Dialect, opts: SearchOptions): Promise<SearchResult> {
  const terms = parseQuery(opts.q);
  if (terms.length === 0) return { total: 0, exact: true, items: [] };
  const limit = Math.min(Math.max(opts.limit ?? 20, 1), 100);
  const offset = Math.max(opts.offset ?? 0, 0);
  const ranked = await rank(db, dialect, terms, opts, limit, offset);
  if (ranked.length === 0) {
    // past the last page no row carries the total
    const total = offset > 0 ? Number((await rank(db, dialect, terms, opts, 1, 0))[0]?.total ?? 0) : 0;
    return { ...counted(total), items: [] };
  }

  const rows = await db
    .selectFrom('search_entries')
    .select(['id', 'owner_id', 'title', 'number', 'content'])
    .where('id', 'in', ranked.map((r) => r.id))
    .execute();
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const texts = terms.map((t) => t.text);
  return {
    ...counted(Number(ranked[0]!.total)),
    items: ranked.map((r) => {
      const row = byId.get(Number(r.id))!;
      return { ownerId: row.owner_id, title: row.title, number: row.number, snippet: snippet(row.content, texts), score: Number(r.score) };
    }),
  };
}
