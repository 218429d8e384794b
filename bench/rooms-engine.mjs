// One database's part of the rooms benchmark (bench/rooms.mjs), run with tsx because it imports the
// server's TypeScript:
//
//   node --import tsx bench/rooms-engine.mjs [--pg ADMIN_URL] [--rooms N] [--days N] [--queries N] [--attempts N]
//
// On a fresh database (a temporary SQLite file, or a scratch PostgreSQL database dropped afterwards):
// N rooms with a year of bookings written directly (bulk INSERTs, the database's no-overlap rule in
// force), then the week availability query of one room and the day grid of every room, timed one at a
// time, then booking attempts through the rooms service from 64 concurrent workers, then the overlaps
// among live bookings counted with SQL. Prints one JSON line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config.js';
import { createCore } from '../server/src/platform/core.js';
import { migrateToLatest } from '../server/src/platform/db/index.js';
import { loadAccess } from '../server/src/platform/access/resolve.js';
import { insertLogin } from '../server/src/modules/auth/accounts.js';
import { dateOf, dayNumber } from '../server/src/platform/calendar/days.js';
import { localDate } from '../server/src/platform/calendar/zone.js';
import { availability } from '../server/src/modules/rooms/service/availability.js';
import { bookRoom } from '../server/src/modules/rooms/service/book.js';
import { instantOf } from '../server/src/modules/rooms/time.js';
import { newId, nowIso } from '../server/src/platform/util.js';
import { random } from './random.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const pgAdminUrl = option('pg');
const roomCount = Number(option('rooms', 200));
const dayCount = Number(option('days', 365));
const queryCount = Number(option('queries', 200));
const attemptCount = Number(option('attempts', 5_000));
const CONCURRENCY = 64;
const BOOKERS = 16;
const CHUNK = 500;
const OPENS = 8 * 60;
const CLOSES = 22 * 60;

const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const log = (line) => process.stderr.write(`${line}\n`);
const scratchPostgres = async (url) => (await import('../server/src/test/scratch-postgres.js')).scratchPostgres(url, 'tongban_bench');

async function insertChunks(core, table, rows) {
  for (let i = 0; i < rows.length; i += CHUNK * 20) {
    await core.db.transaction().execute(async (tx) => {
      for (let j = i; j < Math.min(rows.length, i + CHUNK * 20); j += CHUNK) await tx.insertInto(table).values(rows.slice(j, j + CHUNK)).execute();
    });
  }
}

/** Rooms, bookers, and for each room and day of the year 0–6 bookings of 30 min–2 h between 08:00 and 22:00, none overlapping. */
async function generate(core, today) {
  const rnd = random(20261124);
  const bookers = [];
  await core.db.transaction().execute(async (tx) => {
    for (let i = 0; i < BOOKERS; i++) bookers.push((await insertLogin(tx, core.config, { personId: null, username: `booker${i}`, displayName: `预订人${i}`, password: 'Bench@Pass2026' })).userId);
  });
  const now = nowIso();
  const rooms = Array.from({ length: roomCount }, (_, i) => ({
    id: newId(), name: `${Math.floor(i / 20) + 1} 号楼 ${(i % 20) + 1} 号会议室`, location: `${Math.floor(i / 20) + 1} 号楼`, capacity: 6 + Math.floor(rnd() * 60),
    equipment: JSON.stringify(['projector', 'screen', 'video', 'whiteboard', 'microphone'].filter(() => rnd() < 0.5)), description: '', photo_file_id: null,
    opens_at: '08:00', closes_at: '22:00', needs_approval: 0, active: 1, sort_order: i, created_at: now, updated_at: now,
  }));
  await insertChunks(core, 'rooms', rooms);
  const first = today - Math.round(dayCount * 0.8);
  const bookings = [];
  for (let day = first; day < first + dayCount; day++) {
    const midnight = Date.parse(instantOf(dateOf(day), '00:00')) / 60_000;
    for (const room of rooms) {
      let at = OPENS + Math.floor(rnd() * 8) * 15;
      for (let n = Math.floor(rnd() * 7); n > 0 && at < CLOSES - 30; n--) {
        const length = Math.min(30 + Math.floor(rnd() * 7) * 15, CLOSES - at);
        const start = midnight + at;
        bookings.push({
          id: newId(), room_id: room.id, title: `例会 ${bookings.length}`, booked_by: bookers[bookings.length % BOOKERS], meeting_id: null, series_id: null,
          start_at: new Date(start * 60_000).toISOString(), end_at: new Date((start + length) * 60_000).toISOString(), start_min: start, end_min: start + length,
          status: rnd() < 0.1 ? 'cancelled' : 'confirmed', decided_by: null, decided_at: null, decision_note: '', cancelled_at: null, cancelled_by: null, late_cancel: 0, created_at: now,
        });
        at += length + Math.floor(rnd() * 8) * 15;
      }
    }
  }
  const started = performance.now();
  await insertChunks(core, 'room_bookings', bookings);
  if (core.dialect === 'postgres') await sql`VACUUM ANALYZE room_bookings`.execute(core.db);
  else await sql`ANALYZE`.execute(core.db);
  return { rooms, bookers, bookings: bookings.length, loadSeconds: (performance.now() - started) / 1000 };
}

async function timeAvailability(core, access, rooms, today, days, perRoom) {
  const rnd = random(7);
  const times = [];
  for (let i = 0; i < queryCount + 10; i++) {
    const date = dateOf(today - Math.round(dayCount * 0.8) + Math.floor(rnd() * (dayCount - days)));
    const query = { date, days, roomId: perRoom ? rooms[Math.floor(rnd() * rooms.length)].id : undefined };
    const started = performance.now();
    const result = await availability(core.db, access, query);
    if (i >= 10) times.push(performance.now() - started);
    if (!result.bookings.length) throw new Error(`no bookings shown for ${JSON.stringify(query)}`);
  }
  times.sort((a, b) => a - b);
  return { p50_ms: round(percentile(times, 50), 2), p95_ms: round(percentile(times, 95), 2) };
}

/** Booking attempts from 64 workers: random rooms, the next 30 days, random quarter-hour slots, so some collide. */
async function bookConcurrently(core, rooms, bookers, today) {
  const rnd = random(99);
  const accesses = await Promise.all(bookers.map((id) => loadAccess(core.db, id, null)));
  const attempts = Array.from({ length: attemptCount }, (_, i) => {
    const at = OPENS + Math.floor(rnd() * ((CLOSES - OPENS - 60) / 15)) * 15;
    const length = 30 + Math.floor(rnd() * 4) * 15;
    const clock = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return { who: i % BOOKERS, roomId: rooms[Math.floor(rnd() * rooms.length)].id, input: { date: dateOf(today + 1 + Math.floor(rnd() * 30)), start: clock(at), end: clock(at + length), title: `并发预订 ${i}` } };
  });
  let next = 0;
  const outcome = { booked: 0, taken: 0, errors: 0 };
  const worker = async () => {
    while (next < attempts.length) {
      const a = attempts[next++];
      const ctx = { actor: { userId: bookers[a.who], username: `booker${a.who}`, displayName: `预订人${a.who}`, personId: null }, ip: '127.0.0.1', userAgent: 'bench', requestId: 'bench', locale: 'zh-CN' };
      try {
        await bookRoom(core, ctx, accesses[a.who], a.roomId, a.input);
        outcome.booked++;
      } catch (error) {
        if (error?.code === 'ROOM_TAKEN') outcome.taken++;
        else {
          outcome.errors++;
          if (outcome.errors <= 3) log(`  booking error: ${error?.code ?? ''} ${error?.message ?? error}`);
        }
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { ...outcome, seconds: (performance.now() - started) / 1000 };
}

/** Pairs of live bookings of one room whose times overlap: must be none. */
async function countOverlaps(core) {
  const row = await core.db
    .selectFrom('room_bookings as a')
    .innerJoin('room_bookings as b', (j) => j.onRef('a.room_id', '=', 'b.room_id').onRef('a.id', '<', 'b.id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('a.status', 'in', ['pending', 'confirmed'])
    .where('b.status', 'in', ['pending', 'confirmed'])
    .whereRef('b.start_min', '<', 'a.end_min')
    .whereRef('a.start_min', '<', 'b.end_min')
    .where((eb) => eb('b.start_min', '>=', eb('a.start_min', '-', 1440)))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-roomsbench-'));
  const scratch = pgAdminUrl ? await scratchPostgres(pgAdminUrl) : undefined;
  const config = loadConfig({ TONGBAN_DATA_DIR: dataDir, TONGBAN_LOG_LEVEL: 'silent' }, { databaseUrl: scratch?.url });
  const core = createCore(config);
  try {
    await migrateToLatest(core.database);
    const today = dayNumber(localDate(config.timeZone));
    log(`${core.dialect}: ${roomCount} rooms, ${dayCount} days of bookings`);
    const data = await generate(core, today);
    log(`  ${data.bookings.toLocaleString('en')} bookings written in ${round(data.loadSeconds)} s`);
    const access = await loadAccess(core.db, data.bookers[0], null);
    const week = await timeAvailability(core, access, data.rooms, today, 7, true);
    log(`  week of one room: ${JSON.stringify(week)}`);
    const day = await timeAvailability(core, access, data.rooms, today, 1, false);
    log(`  day of all ${roomCount} rooms: ${JSON.stringify(day)}`);
    const booking = await bookConcurrently(core, data.rooms, data.bookers, today);
    log(`  booking at 64-way concurrency: ${JSON.stringify(booking)}`);
    const overlaps = await countOverlaps(core);
    console.log(
      JSON.stringify({
        dialect: core.dialect,
        rooms: roomCount,
        bookings: data.bookings,
        load_seconds: round(data.loadSeconds),
        availability_week_p50_ms: week.p50_ms,
        availability_week_p95_ms: week.p95_ms,
        availability_day_all_p50_ms: day.p50_ms,
        availability_day_all_p95_ms: day.p95_ms,
        attempts: attemptCount,
        booked: booking.booked,
        refused_taken: booking.taken,
        errors: booking.errors,
        bookings_per_s: Math.round(booking.booked / booking.seconds),
        attempts_per_s: Math.round(attemptCount / booking.seconds),
        double_bookings: overlaps,
      }),
    );
  } finally {
    await core.database.close();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
