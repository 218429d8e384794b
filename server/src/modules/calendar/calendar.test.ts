import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuiltinRoles } from '../../platform/access/builtin.js';
import { parseJson } from '../../platform/util.js';
import { createTestApp, createUser, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';
import { threeAdmins } from '../access/fixtures.js';

describeEachDialect('calendar API', (dialect) => {
  let t: TestApp;
  let sys: Session;
  let plain: Session;

  const auditOf = (action: string, date: string) =>
    t.core.db.selectFrom('audit_log').selectAll().where('action', '=', action).where('target_id', '=', date).orderBy('seq').execute();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await threeAdmins(t.core);
    await createUser(t.core, { username: 'clerk' });
    sys = await login(t.app, 'sysadmin');
    plain = await login(t.app, 'clerk');
  });
  afterAll(() => t.close());

  it('lets anyone logged in read a year and count workdays', async () => {
    const res = await plain.req('GET', '/api/calendar/days?year=2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.year).toBe(2026);
    expect(body.days).toContainEqual({ date: '2026-02-14', kind: 'workday', name: '春节' });
    expect(body.days).toContainEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节' });
    const leave = await plain.req('GET', '/api/calendar/workdays?start=2026-02-09&end=2026-02-27');
    expect(leave.json()).toEqual({ start: '2026-02-09', end: '2026-02-27', days: 10 });
    expect((await plain.req('GET', '/api/calendar/workdays?start=2026-03-02&end=2026-03-06')).json().days).toBe(5);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/days?year=2026' })).statusCode).toBe(401);
  });

  it('sets, changes and removes a day, each with its audit record', async () => {
    const set = await sys.req('PUT', '/api/calendar/days/2026-03-13', { kind: 'holiday', name: '单位调整' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ date: '2026-03-13', kind: 'holiday', name: '单位调整' });
    expect((await plain.req('GET', '/api/calendar/workdays?start=2026-03-09&end=2026-03-15')).json().days).toBe(4);

    const change = await sys.req('PUT', '/api/calendar/days/2026-03-14', { kind: 'workday', name: '补班' });
    expect(change.statusCode).toBe(200);
    expect((await plain.req('GET', '/api/calendar/workdays?start=2026-03-09&end=2026-03-15')).json().days).toBe(5);

    const again = await sys.req('PUT', '/api/calendar/days/2026-03-13', { kind: 'holiday', name: '' });
    expect(again.json().name).toBe('');
    const records = await auditOf('calendar.day.set', '2026-03-13');
    expect(records).toHaveLength(2);
    expect(parseJson(records[1]!.detail, {})).toEqual({ before: { kind: 'holiday', name: '单位调整' }, after: { kind: 'holiday', name: '' } });
    expect(records[0]!.summary).toContain('2026-03-13');

    const del = await sys.req('DELETE', '/api/calendar/days/2026-03-13');
    expect(del.statusCode).toBe(200);
    expect(await auditOf('calendar.day.delete', '2026-03-13')).toHaveLength(1);
    const days = (await plain.req('GET', '/api/calendar/days?year=2026')).json().days as { date: string }[];
    expect(days.map((d) => d.date)).not.toContain('2026-03-13');
    expect((await sys.req('DELETE', '/api/calendar/days/2026-03-13')).statusCode).toBe(404);
  });

  it('refuses a make-up workday on a weekday', async () => {
    const res = await sys.req('PUT', '/api/calendar/days/2026-03-12', { kind: 'workday', name: '' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('CALENDAR_WORKDAY_ON_WEEKDAY');
  });

  it('answers 403 without calendar.manage, and writes nothing', async () => {
    expect((await plain.req('PUT', '/api/calendar/days/2026-04-10', { kind: 'holiday', name: 'x' })).statusCode).toBe(403);
    expect((await plain.req('DELETE', '/api/calendar/days/2026-10-01')).statusCode).toBe(403);
    const auditor = await login(t.app, 'auditor');
    expect((await auditor.req('PUT', '/api/calendar/days/2026-04-10', { kind: 'holiday', name: 'x' })).statusCode).toBe(403);
    expect(await auditOf('calendar.day.set', '2026-04-10')).toEqual([]);
    const days = (await plain.req('GET', '/api/calendar/days?year=2026')).json().days as { date: string }[];
    expect(days.map((d) => d.date)).toContain('2026-10-01');
  });

  it('answers 400 to bad dates, kinds and ranges', async () => {
    for (const date of ['2026-02-30', '2026-13-01', '20260101', 'today']) {
      expect((await sys.req('PUT', `/api/calendar/days/${date}`, { kind: 'holiday', name: '' })).statusCode).toBe(400);
      expect((await sys.req('DELETE', `/api/calendar/days/${date}`)).statusCode).toBe(400);
    }
    expect((await sys.req('PUT', '/api/calendar/days/2026-04-10', { kind: 'rest', name: '' })).statusCode).toBe(400);
    expect((await sys.req('PUT', '/api/calendar/days/2026-04-10', { kind: 'holiday', name: '', extra: 1 })).statusCode).toBe(400);
    expect((await plain.req('GET', '/api/calendar/days?year=abc')).statusCode).toBe(400);
    expect((await plain.req('GET', '/api/calendar/days')).statusCode).toBe(400);
    expect((await plain.req('GET', '/api/calendar/workdays?start=2026-02-30&end=2026-03-01')).statusCode).toBe(400);
    const reversed = await plain.req('GET', '/api/calendar/workdays?start=2026-03-06&end=2026-03-02');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields.end).toBe('结束日期不能早于开始日期');
  });

  it('gives the built-in system administrator calendar.manage on an existing role', async () => {
    await t.core.db.updateTable('roles').set({ permissions: '["org.read"]' }).where('code', '=', 'system-admin').execute();
    await ensureBuiltinRoles(t.core.db);
    await ensureBuiltinRoles(t.core.db);
    const role = await t.core.db.selectFrom('roles').select('permissions').where('code', '=', 'system-admin').executeTakeFirstOrThrow();
    expect(parseJson<string[]>(role.permissions, [])).toContain('calendar.manage');
  });
});
