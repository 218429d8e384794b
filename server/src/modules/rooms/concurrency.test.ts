import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createUser, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';
import { createRoom, daysAhead } from './test-support.js';

const BOOKERS = 5;
const REQUESTS = 100;

describeEachDialect('rooms: concurrent bookings over HTTP', (dialect) => {
  let t: TestApp;
  let base: string;
  let sessions: Session[];
  let room: string;
  let sessionsUserId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await createUser(t.core, { username: 'roomadmin', permissions: ['room.manage'] });
    const admin = await login(t.app, 'roomadmin');
    sessionsUserId = (await t.core.db.selectFrom('users').select('id').where('username', '=', 'roomadmin').executeTakeFirstOrThrow()).id;
    room = await createRoom(admin);
    sessions = [];
    for (let i = 0; i < BOOKERS; i++) {
      await createUser(t.core, { username: `booker${i}` });
      sessions.push(await login(t.app, `booker${i}`));
    }
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  /** Fires every request before awaiting any, on real sockets: the server and its pool run them side by side. */
  const fire = (bodies: Record<string, unknown>[]) =>
    Promise.all(
      bodies.map(async (body, i) => {
        const s = sessions[i % BOOKERS]!;
        const res = await fetch(`${base}/api/rooms/${room}/bookings`, {
          method: 'POST',
          headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: (await res.json()) as { error?: { code: string } } };
      }),
    );

  const overlaps = async () => {
    const rows = await t.core.db
      .selectFrom('room_bookings as a')
      .innerJoin('room_bookings as b', (j) => j.onRef('a.room_id', '=', 'b.room_id').onRef('a.id', '<', 'b.id'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('a.status', 'in', ['pending', 'confirmed'])
      .where('b.status', 'in', ['pending', 'confirmed'])
      .whereRef('a.start_min', '<', 'b.end_min')
      .whereRef('b.start_min', '<', 'a.end_min')
      .executeTakeFirstOrThrow();
    return Number(rows.n);
  };

  /** On PostgreSQL, the most transactions seen waiting on a lock at once while `work` runs: proof that the pool ran them side by side. */
  async function lockWaiters<T>(work: () => Promise<T>): Promise<{ result: T; most: number }> {
    if (dialect !== 'postgres') return { result: await work(), most: -1 };
    const watcher = new pg.Client({ connectionString: t.core.config.databaseUrl });
    await watcher.connect();
    let most = 0;
    let running = true;
    const watch = (async () => {
      while (running) {
        const { rows } = await watcher.query("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
        most = Math.max(most, rows[0].n as number);
      }
    })();
    try {
      return { result: await work(), most };
    } finally {
      running = false;
      await watch;
      await watcher.end();
    }
  }

  it('lets exactly one of 100 concurrent requests for the same slot book it', async () => {
    const date = daysAhead(3);
    const { result: results, most } = await lockWaiters(() => fire(Array.from({ length: REQUESTS }, (_, i) => ({ date, start: '10:00', end: '11:00', title: `抢订 ${i}` }))));
    if (dialect === 'postgres') expect(most).toBeGreaterThan(1);
    const won = results.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && r.body.error?.code === 'ROOM_TAKEN')).toHaveLength(REQUESTS - 1);
    const live = await t.core.db.selectFrom('room_bookings').select('id').where('room_id', '=', room).where('status', '=', 'confirmed').execute();
    expect(live).toHaveLength(1);
  });

  it('keeps concurrent overlapping-but-different slots apart', async () => {
    const date = daysAhead(4);
    // 100 one-hour slots starting every quarter hour from 08:00: each overlaps up to three neighbours on either side.
    const bodies = Array.from({ length: 40 }, (_, i) => {
      const start = 8 * 60 + i * 15;
      const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return { date, start: clock(start), end: clock(start + 60), title: `错峰 ${i}` };
    });
    const results = await fire([...bodies, ...bodies, ...bodies].slice(0, REQUESTS));
    expect(results.filter((r) => r.status !== 200 && r.body.error?.code !== 'ROOM_TAKEN')).toEqual([]);
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(await overlaps()).toBe(0);
  });

  it('has the database itself refuse an overlapping live row written past the service', async () => {
    const row = (id: string, startMin: number, endMin: number, status: 'confirmed' | 'cancelled' = 'confirmed') => ({
      id,
      room_id: room,
      title: '直接写入',
      booked_by: sessionsUserId,
      meeting_id: null,
      series_id: null,
      start_at: new Date(startMin * 60_000).toISOString(),
      end_at: new Date(endMin * 60_000).toISOString(),
      start_min: startMin,
      end_min: endMin,
      status,
      decided_by: null,
      decided_at: null,
      decision_note: '',
      cancelled_at: null,
      cancelled_by: null,
      late_cancel: 0,
      created_at: new Date().toISOString(),
    });
    const refusal = dialect === 'postgres' ? '23P01' : 'SQLITE_CONSTRAINT_TRIGGER';
    const at = Math.floor(Date.parse('2030-01-07T02:00:00Z') / 60_000);
    const insert = (r: ReturnType<typeof row>) => t.core.db.insertInto('room_bookings').values(r).execute();
    await insert(row('01900000-0000-7000-8000-00000000a001', at, at + 60));
    await expect(insert(row('01900000-0000-7000-8000-00000000a002', at + 30, at + 90))).rejects.toMatchObject({ code: refusal });
    await insert(row('01900000-0000-7000-8000-00000000a003', at + 30, at + 90, 'cancelled'));
    await insert(row('01900000-0000-7000-8000-00000000a004', at + 60, at + 120));
    // Bringing the cancelled row back to life would overlap: refused too.
    await expect(t.core.db.updateTable('room_bookings').set({ status: 'confirmed' }).where('id', '=', '01900000-0000-7000-8000-00000000a003').execute()).rejects.toMatchObject({ code: refusal });
    expect(await overlaps()).toBe(0);
  });
});
