import { sql, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

/**
 * The full-text index (platform/search): one row per searchable owner, with its text for snippets
 * and the filter columns. Tokens are cut in Node (platform/search/tokens.ts); SQLite keeps them in a
 * contentless FTS5 table whose rowid is the entry's id, PostgreSQL in a tsvector column under GIN.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('search_entries')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_words', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .$call((t) => (dialect === 'postgres' ? t.addColumn('tsv', sql`tsvector`, (c) => c.notNull()) : t))
    .addUniqueConstraint('search_entries_owner', ['kind', 'owner_id'])
    .execute();
  if (dialect === 'postgres') {
    // a tsvector of bigrams hardly compresses: trying costs time on every write and saves nothing
    await sql`ALTER TABLE search_entries ALTER COLUMN tsv SET STORAGE EXTERNAL`.execute(db);
    await sql`CREATE INDEX search_entries_tsv ON search_entries USING gin (tsv)`.execute(db);
  } else {
    // every match is joined to its entry by id: this covering index answers that without reading the wide rows
    await db.schema
      .createIndex('search_entries_filters')
      .on('search_entries')
      .columns(['id', 'kind', 'classification', 'unit', 'year', 'category', 'status', 'owner_id'])
      .execute();
    await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
      title, number, body,
      content = '', contentless_delete = 1, tokenize = 'unicode61'
    )`.execute(db);
  }
}
