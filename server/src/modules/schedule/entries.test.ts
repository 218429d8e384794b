import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createCore } from '../../platform/core.js';
import { createWorker } from '../../platform/jobs/setup.js';
import { enqueue } from '../../platform/jobs/queue.js';
import { createTestApp, createUser, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';
import { REMIND_JOB } from './service/reminders.js';

const HOUR = 3_600_000;
/** A time this many hours from now, whole minutes, as the web sends it (+08:00). */
const at = (hours: number) => new Date(Math.floor((Date.now() + hours * HOUR) / 60_000) * 60_000).toISOString();
const entry = (over: Record<string, unknown> = {}) => ({ title: '向主任汇报', startAt: at(48), endAt: at(49), reminders: [60, 15], ...over });

describeEachDialect('schedule: own entries and reminders', (dialect) => {
  let t: TestApp;
  let alice: Session;
  let bob: Session;

  const jobsOf = (entryId: string) => t.core.db.selectFrom('jobs').selectAll().where('kind', '=', REMIND_JOB).where('unique_key', 'like', `${REMIND_JOB}:${entryId}:%`).orderBy('run_at').execute();
  const noticesOf = (username: string) =>
    t.core.db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id').select(['notifications.title', 'notifications.body', 'notifications.link', 'notifications.category']).where('users.username', '=', username).orderBy('notifications.created_at').execute();
  /** Makes every pending reminder job due now. */
  const makeDue = () => t.core.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000).toISOString() }).where('kind', '=', REMIND_JOB).where('status', '=', 'pending').execute();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await createUser(t.core, { username: 'alice' });
    await createUser(t.core, { username: 'bob' });
    alice = await login(t.app, 'alice');
    bob = await login(t.app, 'bob');
  });
  afterAll(() => t.close());

  it('creates an entry with reminders as durable jobs, shows it in my calendar, and re-plans them on change', async () => {
    const created = await alice.req('POST', '/api/schedule/entries', entry({ location: '302 会议室', priority: 'high' }));
    expect(created.statusCode, created.body).toBe(200);
    const e = created.json();
    expect(e).toMatchObject({ title: '向主任汇报', priority: 'high', reminders: [60, 15], visibility: 'busy', can: { edit: true } });
    const jobs = await jobsOf(e.id);
    expect(jobs.map((j) => j.run_at)).toEqual([new Date(Date.parse(e.startAt) - HOUR).toISOString(), new Date(Date.parse(e.startAt) - 15 * 60_000).toISOString()]);

    const mine = (await alice.req('GET', `/api/schedule?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(72))}`)).json();
    expect(mine.items).toEqual([expect.objectContaining({ source: 'entry', refId: e.id, title: '向主任汇报', location: '302 会议室', priority: 'high', link: `/schedule?entry=${e.id}` })]);

    const moved = await alice.req('PUT', `/api/schedule/entries/${e.id}`, entry({ location: '302 会议室', startAt: at(24), endAt: at(25), reminders: [15] }));
    expect(moved.statusCode, moved.body).toBe(200);
    const after = await jobsOf(e.id);
    expect(after.filter((j) => j.status === 'pending').map((j) => j.run_at)).toEqual([new Date(Date.parse(at(24)) - 15 * 60_000).toISOString()]);
    expect(after).toHaveLength(1);

    await makeDue();
    const worker = await createWorker(t.core);
    await worker.runDue();
    await worker.runDue();
    const notices = (await noticesOf('alice')).filter((n) => n.category === 'schedule');
    expect(notices).toEqual([expect.objectContaining({ title: '日程提醒：向主任汇报', body: expect.stringContaining('302 会议室'), link: `/schedule?entry=${e.id}` })]);

    const audit = await t.core.db.selectFrom('audit_log').select('action').where('target_id', '=', e.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['schedule.entry.create', 'schedule.entry.update']);
  });

  it('cancels reminders on delete, and a job planned for an older revision stays silent', async () => {
    const e = (await alice.req('POST', '/api/schedule/entries', entry({ title: '待删日程' }))).json();
    expect(await jobsOf(e.id)).toHaveLength(2);
    expect((await alice.req('DELETE', `/api/schedule/entries/${e.id}`)).statusCode).toBe(200);
    expect(await jobsOf(e.id)).toEqual([]);
    expect((await alice.req('GET', `/api/schedule/entries/${e.id}`)).statusCode).toBe(404);

    const kept = (await alice.req('POST', '/api/schedule/entries', entry({ title: '改过的日程', reminders: [15] }))).json();
    // A job of revision 1 left behind (as if a node planned it before the change) does nothing.
    await alice.req('PUT', `/api/schedule/entries/${kept.id}`, entry({ title: '改过的日程', reminders: [15], startAt: at(30), endAt: at(31) }));
    await enqueue(t.core.db, { kind: REMIND_JOB, uniqueKey: 'stale-one', payload: { entryId: kept.id, revision: 1, minutes: 15, occurrenceStart: kept.startAt } });
    const before = (await noticesOf('alice')).length;
    await (await createWorker(t.core)).runDue();
    expect(await noticesOf('alice')).toHaveLength(before);
    await alice.req('DELETE', `/api/schedule/entries/${kept.id}`);
  });

  it('keeps all-day entries on the unit zone’s midnights and repeats weekly entries until their last date', async () => {
    const allDay = (await alice.req('POST', '/api/schedule/entries', { title: '出差（北京）', kind: 'trip', allDay: true, startAt: '2026-12-01T10:00:00+08:00', endAt: '2026-12-02T09:00:00+08:00', reminders: [] })).json();
    expect(allDay).toMatchObject({ startAt: '2026-11-30T16:00:00.000Z', endAt: '2026-12-02T16:00:00.000Z', allDay: true, kind: 'trip' });

    const weekly = await alice.req('POST', '/api/schedule/entries', {
      title: '周例会', startAt: '2026-12-07T09:00:00+08:00', endAt: '2026-12-07T10:00:00+08:00', recurrence: 'weekly', recurUntil: '2026-12-21', reminders: [],
    });
    expect(weekly.statusCode, weekly.body).toBe(200);
    const december = (await alice.req('GET', `/api/schedule?from=2026-11-30T16:00:00Z&to=2027-01-01T00:00:00Z`)).json();
    expect(december.items.filter((i: { refId: string }) => i.refId === weekly.json().id).map((i: { startAt: string }) => i.startAt)).toEqual([
      '2026-12-07T01:00:00.000Z', '2026-12-14T01:00:00.000Z', '2026-12-21T01:00:00.000Z',
    ]);
    expect(december.items.find((i: { refId: string }) => i.refId === allDay.id)).toMatchObject({ allDay: true, title: '出差（北京）' });
  });

  it('plans a weekly entry’s next reminder once this week’s has fired', async () => {
    const weekly = (await alice.req('POST', '/api/schedule/entries', entry({ title: '每周碰头', startAt: at(2), endAt: at(3), recurrence: 'weekly', reminders: [15] }))).json();
    const [first] = await jobsOf(weekly.id);
    expect(first!.run_at).toBe(new Date(Date.parse(weekly.startAt) - 15 * 60_000).toISOString());
    await makeDue();
    await (await createWorker(t.core)).runDue();
    const next = (await jobsOf(weekly.id)).filter((j) => j.status === 'pending');
    expect(next.map((j) => j.run_at)).toEqual([new Date(Date.parse(weekly.startAt) + 7 * 24 * HOUR - 15 * 60_000).toISOString()]);
    expect((await noticesOf('alice')).filter((n) => n.title === '日程提醒：每周碰头')).toHaveLength(1);
    await alice.req('DELETE', `/api/schedule/entries/${weekly.id}`);
    expect((await jobsOf(weekly.id)).filter((j) => j.status === 'pending')).toEqual([]);
  });

  it('answers bad input with 400/422 in the user’s language and changes nothing', async () => {
    const count = async () => Number((await t.core.db.selectFrom('schedule_entries').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const bad = [
      entry({ endAt: at(47) }),
      entry({ title: '' }),
      entry({ reminders: [7] }),
      entry({ priority: 'urgent' }),
      entry({ participantIds: [crypto.randomUUID()] }),
      entry({ startAt: 'tomorrow' }),
      entry({ extra: 1 }),
      entry({ endAt: at(48 + 24 * 40) }),
    ];
    for (const body of bad) {
      const res = await alice.req('POST', '/api/schedule/entries', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const order = await alice.req('POST', '/api/schedule/entries', entry({ endAt: at(47) }), { 'x-tongban-locale': 'zh-CN' });
    expect(order.json().error.fields.endAt).toBe('结束时间须晚于开始时间');
    const until = await alice.req('POST', '/api/schedule/entries', { ...entry(), recurrence: 'weekly', recurUntil: '2020-01-01' });
    expect(until.statusCode).toBe(422);
    expect((await alice.req('GET', '/api/schedule?from=2026-01-01T00:00:00Z&to=2025-01-01T00:00:00Z')).statusCode).toBe(400);
    expect((await alice.req('GET', '/api/schedule?from=2026-01-01T00:00:00Z&to=2028-01-01T00:00:00Z')).statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('keeps an entry its owner’s: others get 404, and nobody gets in without logging in', async () => {
    const e = (await alice.req('POST', '/api/schedule/entries', entry({ title: '私事', visibility: 'private' }))).json();
    expect((await bob.req('GET', `/api/schedule/entries/${e.id}`)).statusCode).toBe(404);
    expect((await bob.req('PUT', `/api/schedule/entries/${e.id}`, entry())).statusCode).toBe(404);
    expect((await bob.req('DELETE', `/api/schedule/entries/${e.id}`)).statusCode).toBe(404);
    expect((await bob.req('POST', `/api/schedule/entries/${e.id}/reply`, { status: 'accepted' })).statusCode).toBe(404);
    const bobs = (await bob.req('GET', `/api/schedule?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(72))}`)).json();
    expect(bobs.items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `/api/schedule?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(72))}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/schedule/entries', payload: entry() })).statusCode).toBe(401);
  });

  it('fires a reminder after the app restarts over the same database', async () => {
    const e = (await alice.req('POST', '/api/schedule/entries', entry({ title: '重启后提醒', reminders: [15] }))).json();
    await t.app.close();
    await t.core.database.close();

    const core = createCore(t.core.config);
    const app = await buildApp(core, { logger: false, webRoot: '' });
    await app.ready();
    try {
      await core.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000).toISOString() }).where('unique_key', 'like', `${REMIND_JOB}:${e.id}:%`).execute();
      expect(await (await createWorker(core)).runDue()).toBeGreaterThanOrEqual(1);
      const notice = await core.db.selectFrom('notifications').select('title').where('title', '=', '日程提醒：重启后提醒').execute();
      expect(notice).toHaveLength(1);
      const planned = await core.db.selectFrom('schedule_reminders').selectAll().where('entry_id', '=', e.id).execute();
      expect(planned).toEqual([]);
    } finally {
      await app.close();
      await core.database.close();
    }
  });
});
