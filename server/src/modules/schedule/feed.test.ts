import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sm3Hex } from '../../platform/crypto/index.js';
import { createTestApp, createUser, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Math.floor((Date.now() + hours * HOUR) / 60_000) * 60_000).toISOString();
/** The date (YYYY-MM-DD) in Shanghai this many days from now. */
const shanghaiDate = (days: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(Date.now() + days * 24 * HOUR);

describeEachDialect('schedule: the iCalendar subscription', (dialect) => {
  let t: TestApp;
  let alice: Session;
  const fetchFeed = (path: string) => t.app.inject({ method: 'GET', url: path });

  beforeAll(async () => {
    t = await createTestApp(dialect, { publicUrl: 'https://oa.example.gov.cn' });
    await createUser(t.core, { username: 'alice' });
    alice = await login(t.app, 'alice');
  });
  afterAll(() => t.close());

  it('serves my calendar to a calendar app without a login, with stable UIDs and correct times', async () => {
    const meeting = (await alice.req('POST', '/api/schedule/entries', { title: '调研汇报', location: '二楼小会议室', notes: '带材料', priority: 'high', startAt: at(24), endAt: at(25.5), reminders: [60] })).json();
    const allDay = (await alice.req('POST', '/api/schedule/entries', { title: '出差（北京）', kind: 'trip', allDay: true, startAt: `${shanghaiDate(3)}T00:00:00+08:00`, endAt: `${shanghaiDate(4)}T23:59:00+08:00`, reminders: [] })).json();
    const weekly = (await alice.req('POST', '/api/schedule/entries', { title: '周例会', startAt: at(2), endAt: at(3), recurrence: 'weekly', reminders: [] })).json();
    const old = (await alice.req('POST', '/api/schedule/entries', { title: '很久以前', startAt: at(-24 * 40), endAt: at(-24 * 40 + 1), reminders: [] })).json();

    expect((await alice.req('GET', '/api/schedule/feed')).json()).toEqual({ active: false, createdAt: null });
    const created = await alice.req('POST', '/api/schedule/feed');
    expect(created.statusCode).toBe(200);
    const { url } = created.json();
    expect(url).toMatch(/^https:\/\/oa\.example\.gov\.cn\/api\/schedule\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = /feed\/(.+)\.ics$/.exec(url)![1]!;
    const stored = await t.core.db.selectFrom('schedule_feeds').selectAll().executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(sm3Hex(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await alice.req('GET', '/api/schedule/feed')).json()).toMatchObject({ active: true });

    const res = await fetchFeed(new URL(url).pathname);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['x-ratelimit-limit']).toBeDefined();

    const calendar = new ICAL.Component(ICAL.parse(res.body));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT1H');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const report = byUid.get(`entry-${meeting.id}@tongban`)!;
    expect(report.summary).toBe('调研汇报');
    expect(report.location).toBe('二楼小会议室');
    expect(report.description).toBe('带材料');
    expect(report.startDate.toJSDate().toISOString()).toBe(meeting.startAt);
    expect(report.endDate.toJSDate().toISOString()).toBe(meeting.endAt);
    expect(report.startDate.zone.tzid).toBe('UTC');

    const trip = byUid.get(`entry-${allDay.id}@tongban`)!;
    expect(trip.startDate.isDate).toBe(true);
    expect(trip.startDate.toString()).toBe(shanghaiDate(3));
    expect(trip.endDate.toString()).toBe(shanghaiDate(5));

    const weeks = events.filter((e) => e.uid.startsWith(`entry-${weekly.id}-`));
    expect(weeks.length).toBeGreaterThanOrEqual(25);
    expect(new Set(weeks.map((e) => e.uid)).size).toBe(weeks.length);
    expect(byUid.has(`entry-${old.id}@tongban`)).toBe(false);

    // The same feed again: the same UIDs (calendar apps update in place, no duplicates).
    const again = new ICAL.Component(ICAL.parse((await fetchFeed(new URL(url).pathname)).body));
    expect(again.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid')).sort()).toEqual(events.map((e) => e.uid).sort());
  });

  it('re-creating replaces the URL, revoking ends it (404), and nothing else is a feed', async () => {
    const first = (await alice.req('POST', '/api/schedule/feed')).json().url as string;
    const second = (await alice.req('POST', '/api/schedule/feed')).json().url as string;
    expect(second).not.toBe(first);
    expect((await fetchFeed(new URL(first).pathname)).statusCode).toBe(404);
    expect((await fetchFeed(new URL(second).pathname)).statusCode).toBe(200);

    expect((await alice.req('DELETE', '/api/schedule/feed')).statusCode).toBe(200);
    expect((await fetchFeed(new URL(second).pathname)).statusCode).toBe(404);
    expect((await alice.req('DELETE', '/api/schedule/feed')).statusCode).toBe(404);
    expect((await alice.req('GET', '/api/schedule/feed')).json()).toEqual({ active: false, createdAt: null });
    for (const path of ['/api/schedule/feed/short.ics', `/api/schedule/feed/${'a'.repeat(43)}.ics`, `/api/schedule/feed/${'a'.repeat(43)}`, `/api/schedule/feed/${'a'.repeat(200)}.ics`]) {
      expect([400, 404], path).toContain((await fetchFeed(path)).statusCode);
    }
    const audit = await t.core.db.selectFrom('audit_log').select('action').where('action', 'like', 'schedule.feed.%').orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['schedule.feed.create', 'schedule.feed.create', 'schedule.feed.create', 'schedule.feed.revoke']);
    expect((await t.app.inject({ method: 'POST', url: '/api/schedule/feed' })).statusCode).toBe(401);
  });

  it('still applies the rate limit to the feed', async () => {
    const path = new URL((await alice.req('POST', '/api/schedule/feed')).json().url as string).pathname;
    const codes: number[] = [];
    for (let i = 0; i < 32; i++) codes.push((await fetchFeed(path)).statusCode);
    expect(codes).toContain(429);
  });
});
