// Search and 文号 benchmark (DOC-11, DOC-5): generated Chinese documents indexed through
// platform/search, query latency by class, and 文号 allocations at 64-way concurrency, on SQLite and,
// when TONGBAN_BENCH_PG_URL or TONGBAN_TEST_PG_URL is set, on PostgreSQL (a scratch database, dropped
// afterwards). Each database runs in its own process (bench/search-engine.mjs through tsx).
//
//   npm run bench:search                 1,000,000 documents (see bench/README.md for how long)
//   npm run bench:search -- --quick      20,000 documents, about a minute
//
// The last line printed is one JSON object with every figure.
import path from 'node:path';
import { root, run } from './lib.mjs';

const quick = process.argv.includes('--quick');
const pgUrl = process.env.TONGBAN_BENCH_PG_URL || process.env.TONGBAN_TEST_PG_URL || undefined;
const settings = quick ? { docs: 20_000, queries: 100, allocs: 2_000 } : { docs: 1_000_000, queries: 100, allocs: 10_000 };
const GOALS = { p95Ms: 50, indexDocsPerS: 5_000, docnoAllocsPerS: 1_000 };

async function engine(extra = []) {
  const args = ['--docs', settings.docs, '--queries', settings.queries, '--allocs', settings.allocs].map(String);
  const out = await run(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'search-engine.mjs'), ...args, ...extra], {}, 3 * 3600_000);
  return JSON.parse(out.trim().split('\n').pop());
}

/** The slowest class's p95 with the permissive access filter: the figure the goal applies to. */
const worstP95 = (r) => (r ? Math.max(...Object.values(r.queries.permissive).map((c) => c.p95_ms)) : null);

function print(r) {
  console.log(`\n${r.dialect}: ${r.docs.toLocaleString('en')} documents indexed at ${r.index_docs_per_s}/s (${r.index_seconds} s, then ${r.settle_seconds} s to settle), ${r.db_mb} MB`);
  console.log('  access       class        p50 ms   p95 ms   mean hits');
  for (const [access, classes] of Object.entries(r.queries)) {
    for (const [cls, q] of Object.entries(classes)) {
      console.log(`  ${access.padEnd(12)} ${cls.padEnd(11)} ${String(q.p50_ms).padStart(7)}  ${String(q.p95_ms).padStart(7)}  ${String(q.mean_hits).padStart(10)}`);
    }
  }
  console.log(`  文号: ${r.docno.allocs} allocations at 64-way concurrency, ${r.docno.allocs_per_s}/s, gaps ${r.docno.gaps}, duplicates ${r.docno.duplicates}`);
}

const started = performance.now();
console.log(`search benchmark: ${settings.docs.toLocaleString('en')} documents, ${settings.queries} queries per class${quick ? ' (quick)' : ''}`);
const sqlite = await engine();
print(sqlite);
const pg = pgUrl ? await engine(['--pg', pgUrl]) : null;
if (pg) print(pg);
else console.log('\nPostgreSQL skipped (set TONGBAN_BENCH_PG_URL or TONGBAN_TEST_PG_URL)');

const runs = [sqlite, pg].filter(Boolean);
const goals = {
  p95_sqlite: worstP95(sqlite) < GOALS.p95Ms,
  p95_pg: pg ? worstP95(pg) < GOALS.p95Ms : null,
  index_sqlite: sqlite.index_docs_per_s >= GOALS.indexDocsPerS,
  index_pg: pg ? pg.index_docs_per_s >= GOALS.indexDocsPerS : null,
  docno_sqlite: sqlite.docno.allocs_per_s >= GOALS.docnoAllocsPerS,
  docno_pg: pg ? pg.docno.allocs_per_s >= GOALS.docnoAllocsPerS : null,
  docno_exact: runs.every((r) => r.docno.gaps === 0 && r.docno.duplicates === 0),
};
console.log(`\nfinished in ${Math.round((performance.now() - started) / 1000)} s`);
console.log(
  JSON.stringify({
    docs: settings.docs,
    p95_ms_sqlite: worstP95(sqlite),
    p95_ms_pg: worstP95(pg),
    index_docs_per_s: sqlite.index_docs_per_s,
    index_docs_per_s_pg: pg?.index_docs_per_s ?? null,
    docno_allocs_per_s: sqlite.docno.allocs_per_s,
    docno_allocs_per_s_pg: pg?.docno.allocs_per_s ?? null,
    docno_gaps: runs.reduce((n, r) => n + r.docno.gaps, 0),
    docno_duplicates: runs.reduce((n, r) => n + r.docno.duplicates, 0),
    sqlite,
    pg,
    goals,
    goals_met: Object.values(goals).every((g) => g !== false),
  }),
);
