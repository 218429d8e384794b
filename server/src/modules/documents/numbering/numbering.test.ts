import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Core } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { createCore } from '../../../platform/core.js';
import { createTestCore, describeEachDialect, type TestCore } from '../../../test/harness.js';
import { allocateNumber, createRule, DEFAULT_TEMPLATE, formatNumber, listRules, register, reserveNumber, setRuleActive, useReserved, voidNumber } from './index.js';

it('formats 机关代字〔年份〕序号号 with U+3014 and U+3015', () => {
  expect(formatNumber({ code: '示政办发', template: DEFAULT_TEMPLATE }, 2026, 12)).toBe('示政办发\u30142026\u301512号');
});

describeEachDialect('document numbers', (dialect) => {
  let core: TestCore;
  let ruleId: string;
  const allocate = (on: Core, year: number, documentId: string) =>
    on.db.transaction().execute((t) => allocateNumber(t, { ruleId, year, documentId, userId: null }));
  const tx = <T>(fn: (t: Tx) => Promise<T>) => core.db.transaction().execute(fn);
  const seqs = async (year: number) => (await register(core.db, { ruleId, year })).items.map((n) => n.seq);
  const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  beforeAll(async () => {
    core = await createTestCore(dialect);
    ruleId = (await tx((t) => createRule(t, { code: '示政办发', name: '市政府办公室发文', kinds: ['notice'] }))).id;
  });
  afterAll(() => core.cleanup());

  it('gives 200 concurrent allocations the numbers 1 to 200, each once', async () => {
    const taken = await Promise.all(oneTo(200).map((i) => allocate(core, 2026, `doc-${i}`)));
    expect(taken.map((t) => t.seq).sort((a, b) => a - b)).toEqual(oneTo(200));
    expect(new Set(taken.map((t) => t.number)).size).toBe(200);
    expect(taken.find((t) => t.documentId === 'doc-1')!.number).toMatch(/^示政办发〔2026〕\d+号$/);
    expect(await seqs(2026)).toEqual(oneTo(200));
  });

  it('leaves no gap when the allocating transaction fails', async () => {
    await expect(
      tx(async (t) => {
        await allocateNumber(t, { ruleId, year: 2026, documentId: 'doomed', userId: null });
        throw new Error('the document could not be saved');
      }),
    ).rejects.toThrow('could not be saved');
    expect((await allocate(core, 2026, 'doc-201')).seq).toBe(201);
    expect(await seqs(2026)).toEqual(oneTo(201));
  });

  it.runIf(dialect === 'postgres')('stays gapless with two server nodes on one database', async () => {
    const other = createCore(core.config);
    try {
      const taken = await Promise.all(oneTo(200).map((i) => allocate(i % 2 ? core : other, 2027, `node-${i}`)));
      expect(taken.map((t) => t.seq).sort((a, b) => a - b)).toEqual(oneTo(200));
      expect(await seqs(2027)).toEqual(oneTo(200));
    } finally {
      await other.database.close();
    }
  });

  it('starts again at 1 each year', async () => {
    expect((await allocate(core, 2030, 'new-year')).number).toBe('示政办发〔2030〕1号');
  });

  it('reserves, uses and voids numbers, keeping each in the register', async () => {
    const reserved = await tx((t) => reserveNumber(t, { ruleId, year: 2031, userId: 'u1', reason: '领导讲话稿预留' }));
    const spare = await tx((t) => reserveNumber(t, { ruleId, year: 2031, userId: 'u1' }));
    const used = await tx((t) => allocateNumber(t, { ruleId, year: 2031, documentId: 'd3', userId: 'u1' }));
    expect([reserved.seq, spare.seq, used.seq]).toEqual([1, 2, 3]);

    expect(await tx((t) => useReserved(t, { numberId: reserved.id, documentId: 'd1', userId: 'u2' }))).toMatchObject({ status: 'used', documentId: 'd1' });
    await expect(tx((t) => useReserved(t, { numberId: reserved.id, documentId: 'd9', userId: 'u2' }))).rejects.toMatchObject({ code: 'DOC_NUMBER_NOT_RESERVED', status: 409 });
    await expect(tx((t) => voidNumber(t, { numberId: spare.id, reason: '  ', userId: 'u2' }))).rejects.toMatchObject({ code: 'DOC_NUMBER_REASON_REQUIRED' });
    await tx((t) => voidNumber(t, { numberId: spare.id, reason: '文件撤销', userId: 'u2' }));
    await expect(tx((t) => voidNumber(t, { numberId: spare.id, reason: '再次作废', userId: 'u2' }))).rejects.toMatchObject({ code: 'DOC_NUMBER_VOIDED' });
    await expect(tx((t) => useReserved(t, { numberId: 'missing', documentId: 'd9', userId: 'u2' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // a void number is not given again
    expect((await allocate(core, 2031, 'd4')).seq).toBe(4);
    const book = await register(core.db, { ruleId, year: 2031 });
    expect(book.total).toBe(4);
    expect(book.items.map((n) => [n.number, n.status, n.documentId, n.reason])).toEqual([
      ['示政办发〔2031〕1号', 'used', 'd1', '领导讲话稿预留'],
      ['示政办发〔2031〕2号', 'voided', null, '文件撤销'],
      ['示政办发〔2031〕3号', 'used', 'd3', ''],
      ['示政办发〔2031〕4号', 'used', 'd4', ''],
    ]);
    expect((await register(core.db, { year: 2031, status: 'voided' })).items.map((n) => n.seq)).toEqual([2]);
  });

  it('refuses a disabled rule, a taken code and a template without the sequence', async () => {
    const other = await tx((t) => createRule(t, { code: '示政办函', name: '函', kinds: ['letter'] }));
    await tx((t) => setRuleActive(t, other.id, false));
    expect((await listRules(core.db)).map((r) => [r.code, r.kinds, r.active])).toEqual([
      ['示政办函', ['letter'], false],
      ['示政办发', ['notice'], true],
    ]);
    await expect(
      tx((t) => allocateNumber(t, { ruleId: other.id, year: 2026, documentId: 'x', userId: null })),
    ).rejects.toMatchObject({ code: 'DOC_NUMBER_RULE_INACTIVE', status: 422 });
    await expect(
      tx((t) => allocateNumber(t, { ruleId: 'missing', year: 2026, documentId: 'x', userId: null })),
    ).rejects.toMatchObject({ code: 'DOC_NUMBER_RULE_INACTIVE' });
    await expect(tx((t) => createRule(t, { code: '示政办函', name: '重复', kinds: [] }))).rejects.toMatchObject({
      code: 'DOC_NUMBER_CODE_TAKEN',
    });
    await expect(
      tx((t) => createRule(t, { code: '示政办字', name: '无序号', kinds: [], template: '{code}〔{year}〕号' })),
    ).rejects.toMatchObject({ code: 'DOC_NUMBER_TEMPLATE_INVALID' });
  });
});
