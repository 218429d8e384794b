import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestCore, describeEachDialect, type TestCore } from '../../test/harness.js';
import { systemCtx } from '../context.js';
import { command, recordAudit } from '../command.js';
import { GENESIS_HASH, verifyChain } from './log.js';

describeEachDialect('audit chain', (dialect) => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore(dialect);
  });
  afterAll(() => core.cleanup());

  it('stays one unbroken SM3 chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        recordAudit(core, systemCtx(`req-${i}`), { action: 'test.concurrent', targetType: 'test', targetId: String(i), summary: `并发写入 ${i}` }),
      ),
    );
    const rows = await core.db.selectFrom('audit_log').select(['seq', 'prev_hash', 'hash']).orderBy('seq').execute();
    expect(rows).toHaveLength(40);
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(40);
    expect(await verifyChain(core.db)).toEqual({ ok: true, count: 40 });
  });

  it('chains the records of one command in the order they were queued', async () => {
    await command(core, systemCtx('req-many'), async (w) => {
      for (const i of [1, 2, 3]) w.audit({ action: 'test.many', targetType: 'test', targetId: String(i), summary: `第 ${i} 条` });
    });
    const rows = await core.db.selectFrom('audit_log').select(['target_id']).where('action', '=', 'test.many').orderBy('seq').execute();
    expect(rows.map((r) => r.target_id)).toEqual(['1', '2', '3']);
    expect(await verifyChain(core.db)).toEqual({ ok: true, count: 43 });
  });

  it('refuses updates and deletes in the database itself', async () => {
    await expect(core.db.updateTable('audit_log').set({ summary: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(core.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });
});
