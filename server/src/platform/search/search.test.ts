import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, describeEachDialect, type TestCore } from '../../test/harness.js';
import { bucketsFrom } from './query.js';
import { indexDocument, indexDocuments, RANKED_AT_MOST, removeFromIndex, search, type IndexEntry, type SearchOptions } from './index.js';

const DOCS: IndexEntry[] = [
  {
    kind: 'document',
    ownerId: 'meeting',
    title: '关于召开2026年度预算执行工作会议的通知',
    number: '示政办发〔2026〕12号',
    body: '各科室：经研究，定于2026年5月12日召开全市财政预算执行工作会议，请各单位主要负责同志参加。',
    year: 2026,
    category: 'notice',
    classification: 'public',
    unit: 'office',
    status: 'issued',
  },
  {
    kind: 'document',
    ownerId: 'agenda',
    title: '全市大会议程安排',
    number: '示政办发〔2026〕112号',
    body: '大会听取年度预算执行情况的报告，审议乡村振兴工作方案。',
    year: 2026,
    category: 'notice',
    classification: 'internal',
    unit: 'finance',
    status: 'issued',
  },
  {
    kind: 'document',
    ownerId: 'business',
    title: '关于进一步优化营商环境的报告',
    number: '示政办发〔2025〕12号',
    body: '今年以来，我市持续深化"放管服"改革，<b>营商环境</b>明显改善。',
    year: 2025,
    category: 'report',
    classification: 'secret',
    unit: 'office',
    status: 'archived',
  },
  {
    kind: 'document',
    ownerId: 'bulletin',
    title: '乡村振兴工作简报',
    body: '本期简报摘要见附件。',
    attachments: ['附件：全市安全生产大检查情况通报，共检查企业三百余家。'],
    year: 2026,
    category: 'bulletin',
    classification: 'public',
    unit: 'agri',
    status: 'draft',
  },
  { kind: 'meeting', ownerId: 'other-kind', title: '预算会议纪要', body: '会议研究了预算。' },
];

describeEachDialect('search', (dialect) => {
  let core: TestCore;
  const find = (q: string, opts: Partial<SearchOptions> = {}) =>
    search(core.db, dialect, { kind: 'document', q, allowed: 'all', ...opts });
  const owners = async (q: string, opts: Partial<SearchOptions> = {}) => (await find(q, opts)).items.map((i) => i.ownerId);

  beforeAll(async () => {
    core = await createTestCore(dialect);
    await core.db.transaction().execute((tx) => indexDocuments(tx, dialect, DOCS));
  });
  afterAll(() => core.cleanup());

  it('finds two-character words inside longer runs, a whole-word title match first', async () => {
    expect(await owners('会议')).toEqual(['meeting', 'agenda']);
    expect(new Set(await owners('预算'))).toEqual(new Set(['meeting', 'agenda']));
    expect(await owners('年度预算执行')).toEqual(expect.arrayContaining(['meeting', 'agenda']));
  });

  it('finds a 文号 exactly, and "12号" not in "112号"', async () => {
    expect(await owners('示政办发〔2026〕12号')).toEqual(['meeting']);
    expect(await owners('示政办发〔2026〕112号')).toEqual(['agenda']);
    expect(new Set(await owners('12号'))).toEqual(new Set(['meeting', 'business']));
    expect(await owners('〔2025〕')).toEqual(['business']);
  });

  it('ranks the document carrying the number above one citing it', async () => {
    await indexDocument(core.db, dialect, { kind: 'document', ownerId: 'citing', title: '转发通知', body: '现将示政办发〔2026〕12号文件转发给你们。' });
    expect(await owners('示政办发〔2026〕12号')).toEqual(['meeting', 'citing']);
    await removeFromIndex(core.db, dialect, 'document', 'citing');
    expect(await owners('示政办发〔2026〕12号')).toEqual(['meeting']);
  });

  it('searches attachment text, needs every term, and stays within the kind', async () => {
    expect(await owners('安全生产')).toEqual(['bulletin']);
    expect(await owners('乡村振兴 安全生产')).toEqual(['bulletin']);
    expect(await owners('预算 乡村振兴')).toEqual(['agenda']);
    expect(await owners('纪要')).toEqual([]);
    expect(await owners('会')).toEqual(expect.arrayContaining(['meeting', 'agenda']));
    expect(await find('〔 ，')).toEqual({ total: 0, exact: true, items: [] });
  });

  it('filters by year, category, classification, unit and status', async () => {
    expect(await owners('12号', { filters: { year: 2025 } })).toEqual(['business']);
    expect(await owners('预算', { filters: { category: 'notice', unit: 'finance' } })).toEqual(['agenda']);
    expect(new Set(await owners('示政办发', { filters: { classification: ['public', 'internal'] } }))).toEqual(new Set(['meeting', 'agenda']));
    expect(await owners('乡村振兴', { filters: { status: 'draft' } })).toEqual(['bulletin']);
  });

  it('restricts by access before counting', async () => {
    const everything = await find('示政办发');
    expect(everything.total).toBe(3);
    const mine = await find('示政办发', { allowed: (eb) => eb('search_entries.owner_id', 'in', ['agenda', 'bulletin']) });
    expect(mine).toMatchObject({ total: 1, items: [{ ownerId: 'agenda' }] });
    const byUnit = await find('示政办发', {
      allowed: (eb) => eb('search_entries.unit', 'in', eb.selectFrom('search_entries as s').select('s.unit').where('s.owner_id', '=', 'meeting')),
    });
    expect(byUnit.total).toBe(2);
    expect(await find('示政办发', { allowed: (eb) => eb('search_entries.owner_id', '=', 'nobody') })).toEqual({ total: 0, exact: true, items: [] });
  });

  it('pages with the total on every page', async () => {
    const first = await find('示政办发', { limit: 2 });
    const second = await find('示政办发', { limit: 2, offset: 2 });
    expect([first.total, second.total]).toEqual([3, 3]);
    expect([...first.items, ...second.items].map((i) => i.ownerId).sort()).toEqual(['agenda', 'business', 'meeting']);
    expect(await find('示政办发', { offset: 10 })).toEqual({ total: 3, exact: true, items: [] });
  });

  it('returns highlighted, escaped snippets and a score', async () => {
    const [hit] = (await find('营商环境')).items;
    expect(hit).toMatchObject({ ownerId: 'business', title: '关于进一步优化营商环境的报告', number: '示政办发〔2025〕12号' });
    expect(hit!.snippet).toContain('&lt;b&gt;<mark>营商环境</mark>&lt;/b&gt;');
    expect(hit!.score).toBeGreaterThan(0);
  });

  it('replaces an entry when it is indexed again', async () => {
    await indexDocument(core.db, dialect, { ...DOCS[3]!, attachments: ['附件：防汛抗旱工作安排。'] });
    expect(await owners('安全生产')).toEqual([]);
    expect(await owners('防汛')).toEqual(['bulletin']);
  });

  it(`counts and ranks at most the newest ${RANKED_AT_MOST} matches`, async () => {
    const many = Array.from({ length: RANKED_AT_MOST + 1 }, (_, i) => ({ kind: 'bulk', ownerId: `bulk-${i}`, title: `批量通知第${i}号`, body: '' }));
    await indexDocuments(core.db, dialect, many);
    const result = await search(core.db, dialect, { kind: 'bulk', q: '批量通知', allowed: 'all', limit: 5 });
    expect(result).toMatchObject({ total: RANKED_AT_MOST, exact: false });
    expect(result.items.map((i) => i.ownerId)).toEqual(['bulk-500', 'bulk-499', 'bulk-498', 'bulk-497', 'bulk-496']);
    const few = await search(core.db, dialect, { kind: 'bulk', q: '批量通知', allowed: (eb) => eb('search_entries.owner_id', 'like', 'bulk-1%'), limit: 5 });
    expect(few).toMatchObject({ total: many.filter((e) => e.ownerId.startsWith('bulk-1')).length, exact: true });
  });

  it('indexes a document holding a very long run of letters and digits', async () => {
    const blob = 'A1b2'.repeat(800);
    await indexDocument(core.db, dialect, { kind: 'decoy', ownerId: 'blob', title: '附件编码', body: `编码：${blob}。` });
    expect((await search(core.db, dialect, { kind: 'decoy', q: '附件编码', allowed: 'all' })).items.map((i) => i.ownerId)).toEqual(['blob']);
  });

  it('needs the phrase itself, not just its two-character pieces in other places', async () => {
    await indexDocument(core.db, dialect, { kind: 'decoy', ownerId: 'scattered', title: '扩散通道分散处置', body: '另行通知。' });
    await indexDocument(core.db, dialect, { kind: 'decoy', ownerId: 'phrase', title: '分散通知', body: '' });
    const found = await search(core.db, dialect, { kind: 'decoy', q: '分散通知', allowed: 'all' });
    expect(found.items.map((i) => i.ownerId)).toEqual(['phrase']);
  });

  it('finds the newest matches however far apart their ids are', async () => {
    // entries in groups thousands of ids apart, across the id buckets PostgreSQL walks newest first
    const skipIds = async (n: number) => {
      if (dialect === 'postgres') await sql`SELECT setval('search_entries_id_seq', (SELECT max(id) FROM search_entries) + ${n})`.execute(core.db);
      else await sql`INSERT INTO search_entries (id, kind, owner_id, title, title_words, number, content, category, classification, unit, status, updated_at)
        VALUES ((SELECT max(id) FROM search_entries) + ${n}, 'filler', ${`filler-${n}`}, '', '', '', '', '', 'public', '', '', '')`.execute(core.db);
    };
    const spread = Array.from({ length: 6 }, (_, group) =>
      Array.from({ length: 120 }, (_, i) => ({ kind: 'spread', ownerId: `spread-${group}-${i}`, title: `分散通知第${group * 120 + i}号`, body: '', unit: `u${i % 6}` })),
    );
    for (const [group, entries] of spread.entries()) {
      await indexDocuments(core.db, dialect, entries);
      await skipIds(9_000 + group * 7_000);
    }
    const newest = await search(core.db, dialect, { kind: 'spread', q: '分散通知', allowed: 'all', limit: 3 });
    expect(newest).toMatchObject({ total: RANKED_AT_MOST, exact: false });
    expect(newest.items.map((i) => i.ownerId)).toEqual(['spread-5-119', 'spread-5-118', 'spread-5-117']);
    const oneUnit = await search(core.db, dialect, { kind: 'spread', q: '分散通知', allowed: (eb) => eb('search_entries.unit', '=', 'u1'), limit: 2 });
    expect(oneUnit).toMatchObject({ total: 120, exact: true });
    expect(oneUnit.items.map((i) => i.ownerId)).toEqual(['spread-5-115', 'spread-5-109']);
    const oldest = await search(core.db, dialect, { kind: 'spread', q: '分散通知第7号', allowed: 'all' });
    expect(oldest.items.map((i) => i.ownerId)).toEqual(['spread-0-7']);
  });
});

describe('PostgreSQL id buckets', () => {
  it('cover every id from the first bucket up to the last, and nothing below', () => {
    const covered = (tokens: string) =>
      tokens.split(' | ').flatMap((token) => {
        const size = 8 ** 'abc'.indexOf(token[1]!);
        const n = Number(token.slice(2, -1));
        return Array.from({ length: size }, (_, i) => n * size + i);
      });
    for (let to = 0; to < 300; to += 7) {
      for (let from = 0; from <= to; from++) {
        const buckets = covered(bucketsFrom(from, to));
        const distinct = new Set(buckets);
        const missing = Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((b) => !distinct.has(b));
        expect([Math.min(...buckets), distinct.size === buckets.length, missing]).toEqual([from, true, []]);
      }
    }
  });
});
