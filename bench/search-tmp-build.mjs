import fs from 'node:fs';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config.js';
import { createCore } from '../server/src/platform/core.js';
import { migrateToLatest } from '../server/src/platform/db/index.js';
import { indexDocuments } from '../server/src/platform/search/index.js';
import { documents } from './search-corpus.mjs';
const dir = process.argv[3]; fs.rmSync(dir, { recursive: true, force: true });
const core = createCore(loadConfig({ TONGBAN_DATA_DIR: dir, TONGBAN_LOG_LEVEL: 'silent' }, {}));
await migrateToLatest(core.database);
let batch = []; const t = performance.now();
for (const d of documents(Number(process.argv[2]))) {
  batch.push({ kind: 'document', ownerId: d.id, title: d.title, number: d.number, body: d.body, attachments: d.attachments, year: d.year, category: d.kind, classification: d.classification, unit: d.unit, status: d.status });
  if (batch.length === 1000) { await core.db.transaction().execute((tx) => indexDocuments(tx, 'sqlite', batch)); batch = []; }
}
await sql`INSERT INTO search_fts(search_fts) VALUES ('optimize')`.execute(core.db);
await sql`ANALYZE`.execute(core.db);
console.log('built', performance.now() - t);
await core.database.close();
