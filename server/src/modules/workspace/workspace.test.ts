import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createUser, describeEachDialect, login, type TestApp } from '../../test/harness.js';
import { threeAdmins } from '../access/fixtures.js';
import { startOfToday } from './service.js';

describeEachDialect('workspace', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await threeAdmins(t.core);
    await createUser(t.core, { username: 'clerk' });
  });
  afterAll(() => t.close());

  it('offers the widgets a person may use, by default in order', async () => {
    const clerk = await login(t.app, 'clerk');
    const res = (await clerk.req('GET', '/api/workspace')).json();
    expect(res.widgets).toEqual(['profile', 'workflowTodo', 'quickLinks', 'addressBook', 'loginSecurity', 'meetingsUpcoming', 'supervisionMine', 'scheduleToday']);
    expect(res.available).toContainEqual({ id: 'addressBook', titleKey: 'widget.addressBook' });
    expect(res.available).toEqual(
      expect.arrayContaining([
        { id: 'meetingsUpcoming', titleKey: 'meetings.widget.upcoming' },
        { id: 'supervisionMine', titleKey: 'supervision.widget.mine' },
        { id: 'scheduleToday', titleKey: 'schedule.widget.today' },
      ]),
    );
    expect(res.available.map((w: { id: string }) => w.id)).not.toContain('auditSummary');
    const aud = await login(t.app, 'auditor');
    expect((await aud.req('GET', '/api/workspace')).json().widgets).toContain('auditSummary');
    expect((await aud.req('GET', '/api/workspace')).json().widgets).not.toContain('systemStatus');
  });

  it('saves and loads the person’s own arrangement, audited', async () => {
    const sys = await login(t.app, 'sysadmin');
    const saved = await sys.req('PUT', '/api/workspace', { widgets: ['systemStatus', 'profile', 'orgOverview'] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().widgets).toEqual(['systemStatus', 'profile', 'orgOverview']);
    expect((await sys.req('GET', '/api/workspace')).json().widgets).toEqual(['systemStatus', 'profile', 'orgOverview']);
    expect((await sys.req('PUT', '/api/workspace', { widgets: [] })).json().widgets).toEqual([]);
    expect((await sys.req('GET', '/api/workspace')).json().widgets).toEqual([]);
    const clerk = await login(t.app, 'clerk');
    expect((await clerk.req('GET', '/api/workspace')).json().widgets).toHaveLength(8);
    const records = await t.core.db.selectFrom('audit_log').select('summary').where('action', '=', 'workspace.update').execute();
    expect(records).toHaveLength(2);
    expect(records[0]!.summary).toContain('调整工作台');
  });

  it('refuses unknown, duplicate and not-permitted widgets with a field message', async () => {
    const clerk = await login(t.app, 'clerk');
    const unknown = await clerk.req('PUT', '/api/workspace', { widgets: ['profile', 'weather'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'WIDGET_UNKNOWN', fields: { 'widgets.1': expect.stringContaining('weather') } });
    expect((await clerk.req('PUT', '/api/workspace', { widgets: ['auditSummary'] })).json().error.code).toBe('WIDGET_UNKNOWN');
    expect((await clerk.req('PUT', '/api/workspace', { widgets: ['profile', 'profile'] })).json().error.code).toBe('WIDGET_DUPLICATE');
    expect((await clerk.req('PUT', '/api/workspace', { widgets: 'profile' })).statusCode).toBe(400);
    expect((await clerk.req('GET', '/api/workspace')).json().widgets).toHaveLength(8);
  });

  it('gives each person only the numbers they may see', async () => {
    const clerk = await login(t.app, 'clerk');
    expect((await clerk.req('GET', '/api/workspace/summary')).json()).toEqual({});
    const sys = await login(t.app, 'sysadmin');
    expect((await sys.req('GET', '/api/workspace/summary')).json()).toEqual({ people: 0, departments: 0, jobsPending: expect.any(Number) });
    const aud = await login(t.app, 'auditor');
    const summary = (await aud.req('GET', '/api/workspace/summary')).json();
    expect(Object.keys(summary)).toEqual(['auditToday']);
    expect(summary.auditToday).toBeGreaterThan(0);
  });

  it('finds midnight in the unit’s time zone', () => {
    expect(startOfToday('Asia/Shanghai', new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-01T16:00:00.000Z');
    expect(startOfToday('Asia/Shanghai', new Date('2026-03-01T15:30:00Z'))).toBe('2026-02-28T16:00:00.000Z');
    expect(startOfToday('UTC', new Date('2026-03-01T15:30:00Z'))).toBe('2026-03-01T00:00:00.000Z');
  });
});
