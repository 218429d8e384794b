import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chainHash, verifyChain } from '../../platform/audit/log.js';
import { isoAfter, newId } from '../../platform/util.js';
import { createTestApp, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';
import { threeAdmins } from '../access/fixtures.js';

describeEachDialect('audit', (dialect) => {
  let t: TestApp;
  let aud: Session;
  let ids: Awaited<ReturnType<typeof threeAdmins>>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ids = await threeAdmins(t.core);
    const sys = await login(t.app, 'sysadmin');
    await sys.req('POST', '/api/users', { username: 'zhangsan', displayName: '张三' });
    const sec = await login(t.app, 'secadmin');
    await sec.req('POST', '/api/roles', { code: 'reader', name: '查阅', permissions: ['org.read'], dataScope: 'self', description: '=cmd|calc' });
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'sysadmin', password: 'wrong' } });
    aud = await login(t.app, 'auditor');
  });
  afterAll(() => t.close());

  it('lists everyone’s records newest first with filters', async () => {
    const all = (await aud.req('GET', '/api/audit')).json();
    expect(all.total).toBeGreaterThanOrEqual(6);
    expect(all.items[0].seq).toBeGreaterThan(all.items[1].seq);
    expect(all.items[0]).toMatchObject({ action: 'auth.login', actorId: ids.auditor.id, outcome: 'success' });
    expect(typeof all.items[0].detail).toBe('object');
    const created = (await aud.req('GET', `/api/audit?action=user.create&actorId=${ids.sysadmin.id}`)).json();
    expect(created.items).toHaveLength(1);
    expect(created.items[0].summary).toContain('张三');
    expect((await aud.req('GET', '/api/audit?actor=SECAD&targetType=role')).json().items[0].action).toBe('access.role.create');
    const failed = (await aud.req('GET', '/api/audit?outcome=failure')).json().items;
    expect(failed).toEqual([expect.objectContaining({ action: 'auth.login', actorName: 'sysadmin', detail: { reason: 'badPassword' } })]);
    expect((await aud.req('GET', `/api/audit?from=${encodeURIComponent(isoAfter(60_000))}`)).json().total).toBe(0);
    expect((await aud.req('GET', `/api/audit?to=${encodeURIComponent(isoAfter(8 * 3_600_000 + 60_000).replace('Z', '+08:00'))}`)).json().total).toBe(all.total);
    expect((await aud.req('GET', '/api/audit?from=yesterday')).statusCode).toBe(400);
    const actions = (await aud.req('GET', '/api/audit/actions')).json().items;
    expect(actions).toEqual(expect.arrayContaining(['access.role.create', 'auth.login', 'user.create']));
    expect((await aud.req('GET', '/api/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('exports CSV with a BOM, a header and Chinese text, and records the export', async () => {
    const res = await aud.req('GET', '/api/audit/export.csv?action=user.create');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{8}\.csv"$/);
    expect(res.body.startsWith('\uFEFF序号,时间,操作人')).toBe(true);
    const lines = res.body.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('新建账号：张三（zhangsan）');
    const roleCsv = (await aud.req('GET', '/api/audit/export.csv?action=access.role.create')).body;
    expect(roleCsv).toContain(`"{""permissions"":[""org.read""]`);
    const english = await aud.req('GET', '/api/audit/export.csv?action=user.create', undefined, { 'x-tongban-locale': 'en' });
    expect(english.body.startsWith('\uFEFFSeq,Time,Actor')).toBe(true);
    const exports = (await aud.req('GET', '/api/audit?action=audit.export')).json().items;
    expect(exports[exports.length - 1]).toMatchObject({ actorId: ids.auditor.id, summary: '导出审计日志（1 条）' });
    const sys = await login(t.app, 'sysadmin');
    expect((await sys.req('GET', '/api/audit/export.csv')).statusCode).toBe(403);
    expect((await sys.req('GET', '/api/audit/verify')).statusCode).toBe(403);
  });

  it('protects the chain: PostgreSQL refuses changes; a change made through the SQLite file is detected', async () => {
    const db = t.core.db;
    if (dialect === 'postgres') {
      await expect(db.updateTable('audit_log').set({ summary: '无事发生' }).where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('audit_log').where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
      await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only/);
      expect(await verifyChain(db)).toMatchObject({ ok: true });
      return;
    }
    // SQLite's triggers stop the application; an attacker with the file simply drops them.
    await sql`DROP TRIGGER audit_log_no_update`.execute(db);
    await sql`DROP TRIGGER audit_log_no_delete`.execute(db);
    const row = await db.selectFrom('audit_log').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();

    await db.updateTable('audit_log').set({ summary: '无事发生' }).where('seq', '=', 3).execute();
    expect(await verifyChain(db)).toMatchObject({ ok: false, seq: 3, id: row.id, problem: 'altered' });
    await db.updateTable('audit_log').set({ summary: row.summary }).where('seq', '=', 3).execute();
    expect(await verifyChain(db)).toMatchObject({ ok: true });

    await db.deleteFrom('audit_log').where('seq', '=', 3).execute();
    expect(await verifyChain(db)).toMatchObject({ ok: false, seq: 4, problem: 'removedBefore' });
    await db.insertInto('audit_log').values(row).execute();
    expect(await verifyChain(db)).toMatchObject({ ok: true });

    const last = await db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    const forged = { ...row, seq: last.seq + 1, id: newId(), summary: '伪造的记录', prev_hash: row.prev_hash };
    await db.insertInto('audit_log').values({ ...forged, hash: chainHash(forged.prev_hash, forged) }).execute();
    expect(await verifyChain(db)).toMatchObject({ ok: false, seq: forged.seq, problem: 'inserted' });
    expect((await aud.req('GET', '/api/audit/verify')).json()).toMatchObject({ ok: false, seq: forged.seq, id: forged.id, problem: 'inserted' });
  });
});
