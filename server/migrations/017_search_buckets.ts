import { sql, type Kysely } from 'kysely';
import { plainOfSections, textPieces } from '../src/platform/search/tokens.js';
import type { Dialect } from './index.js';

const BATCH = 500;

/**
 * PostgreSQL search at a million entries (platform/search/query.ts). A phrase checked against the
 * tsvector's positions made PostgreSQL read every candidate's tsvector back from TOAST, and "the
 * newest 500" read every match. Now:
 * - `tsv` keeps the tokens without positions, so GIN answers alone;
 * - `plain` holds the text as pieces, and a phrase is verified on it with LIKE;
 * - `bkt` holds the id's bucket tokens (4,096, 32,768 and 262,144 ids), indexed with `tsv` in one
 *   GIN index, so a search looks at the newest buckets first and reads only their matches.
 * SQLite is unchanged: FTS5 walks its index in id order itself.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`ALTER TABLE search_entries ADD COLUMN plain text NOT NULL DEFAULT ''`.execute(db);
  // verified on every candidate: kept in the row, where the wider content gives way first
  await sql`ALTER TABLE search_entries ALTER COLUMN plain SET STORAGE MAIN`.execute(db);
  await sql`ALTER TABLE search_entries ADD COLUMN bkt tsvector GENERATED ALWAYS AS (
    array_to_tsvector(ARRAY['a' || (id >> 12)::text, 'b' || (id >> 15)::text, 'c' || (id >> 18)::text])
  ) STORED`.execute(db);
  await sql`DROP INDEX search_entries_tsv`.execute(db);
  await sql`UPDATE search_entries SET tsv = strip(tsv)`.execute(db);
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('search_entries')
      .select(['id', 'title', 'number', 'content'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    const values = rows.map((row) => sql`(${row.id}::bigint, ${plainOfSections([row.title, row.number, row.content].map(textPieces))})`);
    await sql`UPDATE search_entries SET plain = v.plain FROM (VALUES ${sql.join(values)}) AS v (id, plain) WHERE search_entries.id = v.id`.execute(db);
    after = Number(rows[rows.length - 1].id);
  }
  await sql`CREATE INDEX search_entries_tsv ON search_entries USING gin (tsv, bkt)`.execute(db);
}
