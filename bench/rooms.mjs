// Rooms benchmark (MTG-1, MTG-6): 200 rooms with a year of bookings, the week availability query's
// latency, and bookings per second at 64-way concurrency with zero double bookings, on SQLite and,
// when TONGBAN_BENCH_PG_URL or TONGBAN_TEST_PG_URL is set (or --pg URL is given), on PostgreSQL (a
// scratch database, dropped afterwards). Each database runs in its own process (bench/rooms-engine.mjs
// through tsx).
//
//   npm run bench:rooms                 200 rooms × 365 days, 10,000 booking attempts
//   npm run bench:rooms -- --quick      200 rooms × 60 days, 1,000 attempts (under a minute)
//
// The last line printed is one JSON object with every figure.
import path from 'node:path';
import { root, run } from './lib.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const pgUrl = (argv.includes('--pg') ? argv[argv.indexOf('--pg') + 1] : undefined) || process.env.TONGBAN_BENCH_PG_URL || process.env.TONGBAN_TEST_PG_URL || undefined;
const settings = quick ? { rooms: 200, days: 60, queries: 200, attempts: 1_000 } : { rooms: 200, days: 365, queries: 500, attempts: 10_000 };
const GOALS = { availabilityP95Ms: 20 };

async function engine(extra = []) {
  const args = Object.entries(settings).flatMap(([k, v]) => [`--${k}`, String(v)]);
  const out = await run(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'rooms-engine.mjs'), ...args, ...extra], {}, 3600_000);
  return JSON.parse(out.trim().split('\n').pop());
}

function print(r) {
  console.log(`\n${r.dialect}: ${r.rooms} rooms, ${r.bookings.toLocaleString('en')} bookings written in ${r.load_seconds} s`);
  console.log(`  week of one room    p50 ${r.availability_week_p50_ms} ms   p95 ${r.availability_week_p95_ms} ms`);
  console.log(`  day of every room   p50 ${r.availability_day_all_p50_ms} ms   p95 ${r.availability_day_all_p95_ms} ms`);
  console.log(`  64-way booking      ${r.bookings_per_s} bookings/s (${r.attempts_per_s} attempts/s: ${r.booked} booked, ${r.refused_taken} refused as taken, ${r.errors} errors)`);
  console.log(`  double bookings     ${r.double_bookings}`);
}

const started = performance.now();
console.log(`rooms benchmark: ${settings.rooms} rooms × ${settings.days} days, ${settings.attempts.toLocaleString('en')} booking attempts${quick ? ' (quick)' : ''}`);
const sqlite = await engine();
print(sqlite);
const pg = pgUrl ? await engine(['--pg', pgUrl]) : null;
if (pg) print(pg);
else console.log('\nPostgreSQL skipped (set TONGBAN_BENCH_PG_URL or TONGBAN_TEST_PG_URL, or pass --pg URL)');

const runs = [sqlite, pg].filter(Boolean);
const goals = {
  availability_sqlite: sqlite.availability_week_p95_ms < GOALS.availabilityP95Ms,
  availability_pg: pg ? pg.availability_week_p95_ms < GOALS.availabilityP95Ms : null,
  no_double_bookings: runs.every((r) => r.double_bookings === 0),
  no_errors: runs.every((r) => r.errors === 0),
};
console.log(`\nfinished in ${Math.round((performance.now() - started) / 1000)} s`);
console.log(
  JSON.stringify({
    rooms: settings.rooms,
    days: settings.days,
    availability_p95_ms: sqlite.availability_week_p95_ms,
    availability_p95_ms_pg: pg?.availability_week_p95_ms ?? null,
    bookings_per_s: sqlite.bookings_per_s,
    bookings_per_s_pg: pg?.bookings_per_s ?? null,
    double_bookings: runs.reduce((n, r) => n + r.double_bookings, 0),
    sqlite,
    pg,
    goals,
    goals_met: Object.values(goals).every((g) => g !== false),
  }),
);
