import { sql } from 'kysely';
import type { Db, Dialect, Tx } from '../db/index.js';
import type { Clearance } from '../db/schema.js';
import { nowIso } from '../util.js';
import { gramsOf, plainOfSections, textPieces, wordTokens } from './tokens.js';

/** One searchable thing: a document (kind 'document'), later a meeting, a notice … */
export interface IndexEntry {
  kind: string;
  ownerId: string;
  title: string;
  /** 文号 or another reference number. */
  number?: string;
  body: string;
  /** Text taken from the attachments. */
  attachments?: string[];
  year?: number | null;
  category?: string;
  classification?: Clearance;
  /** The unit (organ, department) the entry belongs to, for the unit filter. */
  unit?: string;
  status?: string;
}

/** Beyond this many tokens (about as many characters) a body is not indexed. */
const MAX_BODY_TOKENS = 16_000;
const ROWS_PER_STATEMENT = 200;

interface Sections {
  title: string[];
  number: string[];
  body: string[];
}

/** An entry's text cut once: the pieces of each section, and the content kept for snippets. */
function cut(entry: IndexEntry) {
  const content = [entry.body, ...(entry.attachments ?? [])].join('\n\n');
  const pieces = [entry.title, entry.number ?? '', content].map(textPieces);
  const [title, number, body] = pieces.map(gramsOf);
  const sections: Sections = { title: title!, number: number!, body: body!.slice(0, MAX_BODY_TOKENS) };
  return { content, pieces, sections };
}

/**
 * PostgreSQL: the sections' distinct tokens as a tsvector literal without positions, so GIN answers
 * a search alone, without reading any tsvector back (query.ts verifies phrases on `plain`).
 * Tokens are letters and digits only, so quoting needs no escapes.
 */
function tsvectorLiteral(s: Sections): string {
  const distinct = new Set(s.title);
  for (const token of s.number) distinct.add(token);
  for (const token of s.body) distinct.add(token);
  return distinct.size ? `'${Array.from(distinct).join("' '")}'` : '';
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Adds or replaces entries in the search index; call it in the transaction that writes the owner,
 * so the index never disagrees with what was committed.
 */
export async function indexDocuments(tx: Tx | Db, dialect: Dialect, entries: IndexEntry[]): Promise<void> {
  // one statement may not update the same row twice: the last entry for an owner wins
  const unique = [...new Map(entries.map((e) => [`${e.kind}\u0000${e.ownerId}`, e])).values()];
  for (const batch of chunks(unique, ROWS_PER_STATEMENT)) {
    const texts = batch.map(cut);
    const updatedAt = nowIso();
    const rows = batch.map((e, i) => ({
      kind: e.kind,
      owner_id: e.ownerId,
      title: e.title,
      title_words: wordTokens(e.title).join(' '),
      number: e.number ?? '',
      content: texts[i]!.content,
      year: e.year ?? null,
      category: e.category ?? '',
      classification: e.classification ?? 'public',
      unit: e.unit ?? '',
      status: e.status ?? '',
      updated_at: updatedAt,
      ...(dialect === 'postgres' ? { tsv: sql<string>`${tsvectorLiteral(texts[i]!.sections)}::tsvector`, plain: plainOfSections(texts[i]!.pieces) } : {}),
    }));
    const saved = await tx
      .insertInto('search_entries')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['kind', 'owner_id']).doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          title_words: eb.ref('excluded.title_words'),
          number: eb.ref('excluded.number'),
          content: eb.ref('excluded.content'),
          year: eb.ref('excluded.year'),
          category: eb.ref('excluded.category'),
          classification: eb.ref('excluded.classification'),
          unit: eb.ref('excluded.unit'),
          status: eb.ref('excluded.status'),
          updated_at: eb.ref('excluded.updated_at'),
          ...(dialect === 'postgres' ? { tsv: eb.ref('excluded.tsv'), plain: eb.ref('excluded.plain') } : {}),
        })),
      )
      .returning(['id', 'kind', 'owner_id'])
      .execute();
    if (dialect === 'sqlite') {
      // RETURNING's row order is not defined: match the ids back by owner
      const idOf = new Map(saved.map((r) => [`${r.kind}\u0000${r.owner_id}`, r.id]));
      await tx
        .replaceInto('search_fts')
        .values(
          batch.map((e, i) => ({
            rowid: idOf.get(`${e.kind}\u0000${e.ownerId}`)!,
            title: texts[i]!.sections.title.join(' '),
            number: texts[i]!.sections.number.join(' '),
            body: texts[i]!.sections.body.join(' '),
          })),
        )
        .execute();
    }
  }
}

export const indexDocument = (tx: Tx | Db, dialect: Dialect, entry: IndexEntry): Promise<void> => indexDocuments(tx, dialect, [entry]);

/** Takes an owner out of the search index (in the transaction that deletes or hides it). */
export async function removeFromIndex(tx: Tx | Db, dialect: Dialect, kind: string, ownerId: string): Promise<void> {
  const entry = tx.selectFrom('search_entries').select('id').where('kind', '=', kind).where('owner_id', '=', ownerId);
  if (dialect === 'sqlite') await tx.deleteFrom('search_fts').where('rowid', 'in', entry).execute();
  await tx.deleteFrom('search_entries').where('kind', '=', kind).where('owner_id', '=', ownerId).execute();
}
