import { loadConfig } from '../server/src/config.js';
import { createCore } from '../server/src/platform/core.js';
import { search } from '../server/src/platform/search/index.js';
import { queries, UNITS } from './search-corpus.mjs';
const core = createCore(loadConfig({ TONGBAN_DATA_DIR: '/tmp/sx/db300', TONGBAN_LOG_LEVEL: 'silent' }, {}));
const numbers = (await core.db.selectFrom('search_entries').select('number').where('id', '<', 300000).where(({ eb }) => eb('id', '>', 0)).limit(300).execute()).map((r) => r.number);
const terms = queries(40, numbers);
for (const [name, allowed] of [['perm', (eb) => eb('search_entries.classification', 'in', ['public', 'internal', 'secret'])], ['restr', (eb) => eb('search_entries.unit', '=', UNITS[2].id)]]) {
  for (const [cls, list] of Object.entries(terms)) {
    const times = [];
    for (const q of list) { const t = performance.now(); await search(core.db, 'sqlite', { kind: 'document', q, allowed }); times.push(performance.now() - t); }
    times.sort((a, b) => a - b);
    console.log(name, cls.padEnd(10), 'p50', times[20].toFixed(1), 'p95', times[38].toFixed(1));
  }
}
await core.database.close();
