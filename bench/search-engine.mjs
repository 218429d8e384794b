// One database's part of the search benchmark (bench/search.mjs), run with tsx because it imports
// the server's TypeScript:
//
//   node --import tsx bench/search-engine.mjs [--pg ADMIN_URL] [--docs N] [--queries N] [--allocs N]
//
// On a fresh database (a temporary SQLite file, or a scratch PostgreSQL database that is dropped
// afterwards): indexes N generated documents through platform/search in batched transactions, times
// queries of four classes with a permissive and a restrictive access filter, then allocates 文号 at
// 64-way concurrency and checks the register for gaps and duplicates. Prints one JSON line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config.js';
import { createCore } from '../server/src/platform/core.js';
import { migrateToLatest } from '../server/src/platform/db/index.js';
import { indexDocuments, search } from '../server/src/platform/search/index.js';
import { allocateNumber, createRule } from '../server/src/modules/documents/numbering/index.js';
import { scratchPostgres } from '../server/src/test/scratch-postgres.js';
import { documents, queries, UNITS } from './search-corpus.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const pgAdminUrl = option('pg');
const docCount = Number(option('docs', 50_000));
const perClass = Number(option('queries', 200));
const allocCount = Number(option('allocs', 5_000));
const BATCH = 1_000;
const CONCURRENCY = 64;

const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const log = (line) => process.stderr.write(`${line}\n`);

/**
 * Writers at once: PostgreSQL takes writes on several connections of the server's pool (one per CPU
 * here), each a transaction of BATCH documents; SQLite has one writer.
 */
const writersOf = (core) => (core.dialect === 'postgres' ? Math.max(1, os.availableParallelism()) : 1);

async function indexCorpus(core) {
  const numbers = [];
  const writing = new Set();
  let batch = [];
  let generating = 0;
  let generated = performance.now();
  const flush = async () => {
    generating += performance.now() - generated;
    const docs = batch;
    batch = [];
    const job = core.db.transaction().execute((tx) => indexDocuments(tx, core.dialect, docs));
    writing.add(job);
    job.finally(() => writing.delete(job));
    if (writing.size >= writersOf(core)) await Promise.race(writing);
    generated = performance.now();
  };
  // Wall time from the first document to the last commit, less the time spent generating documents
  // when one writer waits for it; with several, generating overlaps the database's work and is counted.
  const started = performance.now();
  let i = 0;
  for (const d of documents(docCount)) {
    if (i++ % Math.max(1, Math.floor(docCount / 1000)) === 0) numbers.push(d.number);
    batch.push({
      kind: 'document', ownerId: d.id, title: d.title, number: d.number, body: d.body, attachments: d.attachments,
      year: d.year, category: d.kind, classification: d.classification, unit: d.unit, status: d.status,
    });
    if (batch.length === BATCH) await flush();
    if (i % 100_000 === 0) log(`  indexed ${i.toLocaleString('en')} documents (${Math.round(i / ((performance.now() - started) / 1000))}/s)`);
  }
  if (batch.length) await flush();
  await Promise.all(writing);
  const indexing = performance.now() - started - (writersOf(core) === 1 ? generating : 0);
  // what a live database does in the background: fold FTS5 segments together, and on PostgreSQL
  // move GIN's pending list into the index and gather statistics
  const settled = performance.now();
  if (core.dialect === 'postgres') {
    await sql`VACUUM ANALYZE search_entries`.execute(core.db);
  } else {
    await sql`INSERT INTO search_fts(search_fts) VALUES ('optimize')`.execute(core.db);
    await sql`ANALYZE`.execute(core.db);
  }
  return { seconds: indexing / 1000, settleSeconds: (performance.now() - settled) / 1000, numbers, writers: writersOf(core) };
}

const ACCESS = {
  // someone cleared for everything the corpus holds: the predicate is there, it excludes nothing
  permissive: (eb) => eb('search_entries.classification', 'in', ['public', 'internal', 'secret']),
  // someone who sees one unit's documents out of 20
  restrictive: (eb) => eb('search_entries.unit', '=', UNITS[2].id),
};

async function timeQueries(core, terms, allowed) {
  for (const q of terms.slice(0, 10)) await search(core.db, core.dialect, { kind: 'document', q, allowed, limit: 20 });
  const times = [];
  let hits = 0;
  for (const q of terms) {
    const started = performance.now();
    const { total } = await search(core.db, core.dialect, { kind: 'document', q, allowed, limit: 20 });
    times.push(performance.now() - started);
    hits += total;
  }
  times.sort((a, b) => a - b);
  return { p50_ms: round(percentile(times, 50), 2), p95_ms: round(percentile(times, 95), 2), mean_hits: Math.round(hits / terms.length) };
}

async function allocations(core) {
  const rule = await core.db.transaction().execute((tx) => createRule(tx, { code: '示基准发', name: '基准发文', kinds: ['notice'] }));
  let next = 0;
  const worker = async () => {
    while (next < allocCount) {
      const documentId = `bench-${next++}`;
      await core.db.transaction().execute((tx) => allocateNumber(tx, { ruleId: rule.id, year: 2026, documentId, userId: null }));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  const seqs = (await core.db.selectFrom('doc_numbers').select('seq').where('rule_id', '=', rule.id).execute()).map((r) => r.seq);
  const distinct = new Set(seqs);
  const max = Math.max(0, ...seqs);
  return {
    allocs: seqs.length,
    allocs_per_s: Math.round(seqs.length / seconds),
    gaps: max - distinct.size,
    duplicates: seqs.length - distinct.size,
  };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-searchbench-'));
  const scratch = pgAdminUrl ? await scratchPostgres(pgAdminUrl, 'tongban_bench') : undefined;
  const config = loadConfig({ TONGBAN_DATA_DIR: dataDir, TONGBAN_LOG_LEVEL: 'silent' }, { databaseUrl: scratch?.url });
  const core = createCore(config);
  try {
    await migrateToLatest(core.database);
    log(`${core.dialect}: indexing ${docCount.toLocaleString('en')} documents`);
    const indexed = await indexCorpus(core);
    const sizeMb =
      core.dialect === 'postgres'
        ? Number((await sql`SELECT pg_database_size(current_database()) AS b`.execute(core.db)).rows[0].b) / 1048576
        : fs.readdirSync(dataDir).reduce((n, f) => n + fs.statSync(path.join(dataDir, f)).size, 0) / 1048576;
    log(`  ${round(docCount / indexed.seconds, 0)} documents/s, settled in ${round(indexed.settleSeconds)} s, ${Math.round(sizeMb)} MB`);

    const terms = queries(perClass, indexed.numbers);
    const result = {};
    for (const [access, allowed] of Object.entries(ACCESS)) {
      result[access] = {};
      for (const [cls, list] of Object.entries(terms)) {
        result[access][cls] = await timeQueries(core, list, allowed);
        log(`  ${access.padEnd(11)} ${cls.padEnd(10)} ${JSON.stringify(result[access][cls])}`);
      }
    }
    const docno = await allocations(core);
    log(`  文号: ${JSON.stringify(docno)}`);
    console.log(
      JSON.stringify({
        dialect: core.dialect,
        docs: docCount,
        index_docs_per_s: Math.round(docCount / indexed.seconds),
        index_writers: indexed.writers,
        index_seconds: round(indexed.seconds),
        settle_seconds: round(indexed.settleSeconds),
        db_mb: Math.round(sizeMb),
        queries: result,
        docno,
      }),
    );
  } finally {
    await core.database.close();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
