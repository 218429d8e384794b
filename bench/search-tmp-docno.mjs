import { loadConfig } from '../server/src/config.js';
import { createCore } from '../server/src/platform/core.js';
import { migrateToLatest } from '../server/src/platform/db/index.js';
import { allocateNumber, createRule } from '../server/src/modules/documents/numbering/index.js';
import { scratchPostgres } from '../server/src/test/scratch-postgres.js';
const scratch = await scratchPostgres('postgres://postgres@127.0.0.1:5432/postgres', 'tongban_bench');
const core = createCore(loadConfig({ TONGBAN_DATA_DIR: '/tmp/sx/x', TONGBAN_LOG_LEVEL: 'silent' }, { databaseUrl: scratch.url }));
await migrateToLatest(core.database);
const rule = await core.db.transaction().execute((tx) => createRule(tx, { code: '示', name: 'x', kinds: [] }));
for (const conc of [1, 4, 64, 1, 64]) {
  let next = 0; const n = 1500;
  const t = performance.now();
  await Promise.all(Array.from({ length: conc }, async () => { while (next < n) { next++; await core.db.transaction().execute((tx) => allocateNumber(tx, { ruleId: rule.id, year: 2000 + conc, documentId: 'd', userId: null })); } }));
  console.log(conc, Math.round(n / ((performance.now() - t) / 1000)), '/s');
}
await core.database.close(); await scratch.drop();
