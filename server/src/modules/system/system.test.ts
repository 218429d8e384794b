import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Core } from '../../platform/context.js';
import { openDatabase } from '../../platform/db/index.js';
import { JobWorker, enqueue } from '../../platform/jobs/queue.js';
import { isoAfter } from '../../platform/util.js';
import { createTestApp, describeEachDialect, login, type TestApp } from '../../test/harness.js';
import { threeAdmins } from '../access/fixtures.js';

describeEachDialect('system', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await threeAdmins(t.core);
  });
  afterAll(() => t.close());

  it('reports diagnostics to the system administrator only', async () => {
    await enqueue(t.core.db, { kind: 'nothing.due', runAt: isoAfter(-120_000) });
    const sys = await login(t.app, 'sysadmin');
    const res = await sys.req('GET', '/api/system/diagnostics');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      node: process.version,
      dialect,
      dataDir: t.core.config.dataDir,
      jobs: { pending: 1, running: 0, failed: 0, overdue: 1 },
      mail: { configured: false },
    });
    expect(d.databaseSizeBytes).toBeGreaterThan(0);
    expect(d.disk.totalBytes).toBeGreaterThan(d.disk.freeBytes);
    expect(d.auditRecords).toBeGreaterThanOrEqual(1);
    expect(d.rssBytes).toBeGreaterThan(0);
    expect(typeof d.uptimeSeconds).toBe('number');
    expect(d.databaseLocation).not.toMatch(/:[^:@/]+@/);
    const aud = await login(t.app, 'auditor');
    expect((await aud.req('GET', '/api/system/diagnostics')).statusCode).toBe(403);
  });

  it('runs each of 50 jobs exactly once when two workers claim them at the same time', async () => {
    const ran: string[] = [];
    // Two nodes: each with its own connections to the same database.
    const nodes = [0, 1].map(() => openDatabase({ databaseUrl: t.core.config.databaseUrl, dataDir: t.core.config.dataDir, poolSize: 2 }));
    const workers = nodes.map((database) => new JobWorker({ ...t.core, db: database.db, database } as Core));
    for (const w of workers) w.register('test.count', async (_core, _payload, job) => void ran.push(job.id));
    for (let i = 0; i < 50; i++) await enqueue(t.core.db, { kind: 'test.count', payload: { i }, runAt: isoAfter(-1000) });
    const drain = async (w: JobWorker) => {
      while ((await w.runDue(3)) > 0);
    };
    await Promise.all(workers.flatMap((w) => [drain(w), drain(w)]));
    await Promise.all(nodes.map((n) => n.close()));
    expect(ran).toHaveLength(50);
    expect(new Set(ran).size).toBe(50);
    const left = await t.core.db.selectFrom('jobs').select('status').where('kind', '=', 'test.count').where('status', '!=', 'done').execute();
    expect(left).toEqual([]);
  });
});
