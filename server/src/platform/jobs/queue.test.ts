import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestCore, describeEachDialect, type TestCore } from '../../test/harness.js';
import { JobWorker, enqueue } from './queue.js';
import { isoAfter } from '../util.js';

describeEachDialect('durable jobs', (dialect) => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore(dialect);
  });
  afterAll(() => core.cleanup());

  it('runs a due job once, keeps a future one, and survives a new worker (restart)', async () => {
    const ran: string[] = [];
    await enqueue(core.db, { kind: 'note', payload: { n: 'now' } });
    await enqueue(core.db, { kind: 'note', payload: { n: 'later' }, runAt: isoAfter(60_000) });
    const first = new JobWorker(core);
    first.register('note', async (_c, p) => void ran.push(String(p.n)));
    expect(await first.runDue()).toBe(1);
    const second = new JobWorker(core);
    second.register('note', async (_c, p) => void ran.push(String(p.n)));
    expect(await second.runDue()).toBe(0);
    await core.db.updateTable('jobs').set({ run_at: isoAfter(-1000) }).where('status', '=', 'pending').execute();
    expect(await second.runDue()).toBe(1);
    expect(ran).toEqual(['now', 'later']);
  });

  it('retries a failing job with back-off and gives up after max attempts', async () => {
    await enqueue(core.db, { kind: 'flaky', uniqueKey: 'flaky-1', maxAttempts: 2 });
    const worker = new JobWorker(core);
    worker.register('flaky', async () => {
      throw new Error('boom');
    });
    await worker.runDue();
    let job = await core.db.selectFrom('jobs').selectAll().where('unique_key', '=', 'flaky-1').executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'pending', attempts: 1, last_error: 'boom' });
    await core.db.updateTable('jobs').set({ run_at: isoAfter(-1000) }).where('id', '=', job.id).execute();
    await worker.runDue();
    job = await core.db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('keeps one row per unique key and reschedules recurring jobs', async () => {
    await enqueue(core.db, { kind: 'tick', uniqueKey: 'recurring:tick', everyMs: 60_000 });
    await enqueue(core.db, { kind: 'tick', uniqueKey: 'recurring:tick', everyMs: 60_000 });
    const worker = new JobWorker(core);
    let ticks = 0;
    worker.register('tick', async () => void ticks++);
    await worker.runDue();
    const rows = await core.db.selectFrom('jobs').selectAll().where('unique_key', '=', 'recurring:tick').execute();
    expect(rows).toHaveLength(1);
    expect(ticks).toBe(1);
    expect(rows[0]!.status).toBe('pending');
    expect(Date.parse(rows[0]!.run_at)).toBeGreaterThan(Date.now() + 50_000);
  });

  it('takes over a job whose worker died while running it', async () => {
    await enqueue(core.db, { kind: 'orphan', uniqueKey: 'orphan-1' });
    await core.db
      .updateTable('jobs')
      .set({ status: 'running', locked_by: 'dead-node', locked_at: isoAfter(-10 * 60_000) })
      .where('unique_key', '=', 'orphan-1')
      .execute();
    const worker = new JobWorker(core);
    let ran = 0;
    worker.register('orphan', async () => void ran++);
    await worker.runDue();
    expect(ran).toBe(1);
  });
});
