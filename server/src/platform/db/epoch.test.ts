import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, DIALECTS, login, type Session, type TestApp } from '../../test/harness.js';
import { isoAfter } from '../util.js';
import { EpochCache } from './epoch-cache.js';

describe('the database epoch and what is kept under it', () => {
  it('keeps values under the newest epoch only, and nothing without one', async () => {
    const cache = new EpochCache<string, string>(2);
    cache.set(1, 'a', 'A');
    expect(cache.get(1, 'a')).toBe('A');
    expect(cache.get(2, 'a')).toBeUndefined();
    cache.set(null, 'b', 'B');
    expect(cache.get(null, 'b')).toBeUndefined();
    cache.set(1, 'b', 'B');
    cache.set(1, 'c', 'C');
    expect(cache.get(1, 'a')).toBeUndefined();
    expect(cache.get(1, 'c')).toBe('C');
    cache.set(2, 'd', 'D');
    expect(cache.get(1, 'c')).toBeUndefined();
    cache.set(1, 'late', 'read before the change');
    expect(cache.get(1, 'late')).toBeUndefined();
    let reads = 0;
    const read = async () => `read ${++reads}`;
    expect(await cache.through(3, 'e', read)).toBe('read 1');
    expect(await cache.through(3, 'e', read)).toBe('read 1');
    expect(await cache.through(4, 'e', read)).toBe('read 2');
    cache.set(5, 'f', 'F', Date.now() + 60_000);
    expect(cache.get(5, 'f')).toBe('F');
    cache.set(5, 'g', 'G', Date.now() - 1);
    expect(cache.get(5, 'g')).toBeUndefined();
  });
});

describe('the database epoch on SQLite', () => {
  let t: TestApp;
  let other: SQLite.Database;
  let admin: Session;
  let departmentId: string;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    other = new SQLite(t.core.database.location);
    await createUser(t.core, { username: 'keeper', permissions: ['org.read', 'org.manage'] });
    admin = await login(t.app, 'keeper');
    departmentId = (await admin.req('POST', '/api/departments', { parentId: null, name: '办公室' })).json().id;
    await admin.req('POST', '/api/people', { name: '张三', employeeNo: 'E001', departmentId });
  });
  afterAll(async () => {
    other.close();
    await t.close();
  });

  const epoch = () => t.core.database.epoch()!;
  const names = async () => (await admin.req('GET', '/api/people')).json().items.map((p: { name: string }) => p.name);

  it('stays while nothing changes, and moves with every row this process changes, rolled back or not', async () => {
    const before = epoch();
    await t.core.db.selectFrom('people').selectAll().execute();
    await t.core.db.updateTable('people').set({ phone: '1' }).where('employee_no', '=', 'nobody').execute();
    expect(epoch()).toBe(before);
    await t.core.db.updateTable('people').set({ phone: '1' }).where('employee_no', '=', 'E001').execute();
    const afterWrite = epoch();
    expect(afterWrite).toBeGreaterThan(before);
    await expect(
      t.core.db.transaction().execute(async (tx) => {
        await tx.updateTable('people').set({ phone: '2' }).execute();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(epoch()).toBeGreaterThan(afterWrite);
  });

  it("moves with another process's commit", () => {
    const before = epoch();
    expect(other.prepare("update people set phone = '9' where employee_no = 'E001'").run().changes).toBe(1);
    expect(epoch()).toBeGreaterThan(before);
  });

  it("shows the people list as another process changed it, and this process's changes at once", async () => {
    expect(await names()).toEqual(['张三']);
    other.prepare("update people set name = '张三丰' where employee_no = 'E001'").run();
    expect(await names()).toEqual(['张三丰']);
    await admin.req('POST', '/api/people', { name: '李四', employeeNo: 'E002', departmentId });
    expect(await names()).toEqual(['张三丰', '李四']);
  });

  it("keeps what is kept when a session's minute touch comes due: the touch does not move the epoch", async () => {
    const keeper = t.core.db.selectFrom('sessions').where('user_id', '=', t.core.db.selectFrom('users').select('id').where('username', '=', 'keeper'));
    await t.core.db.updateTable('sessions').set({ last_seen_at: isoAfter(-120_000) }).where('id', 'in', keeper.select('id')).execute();
    const before = epoch();
    expect((await admin.req('GET', '/api/auth/me')).statusCode).toBe(200);
    expect(epoch()).toBe(before);
    const [{ last_seen_at }] = await keeper.select('last_seen_at').execute();
    expect(Date.now() - Date.parse(last_seen_at!)).toBeLessThan(10_000);
    expect((await admin.req('GET', '/api/auth/me')).statusCode).toBe(200);
    expect(epoch()).toBe(before);
    // Inside another request's transaction it does not run: that write goes the usual way, and moves the epoch.
    await t.core.db.transaction().execute(async () => {
      expect(t.core.database.quietWrite('update sessions set last_seen_at = last_seen_at', [])).toBe(false);
    });
  });

  it('refuses a session at once when another process ends it', async () => {
    const s = await login(t.app, 'keeper');
    expect((await s.req('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await s.req('GET', '/api/auth/me')).statusCode).toBe(200);
    other.prepare("delete from sessions where user_id = (select id from users where username = 'keeper')").run();
    expect((await s.req('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it("sees a permission another process revoked on the next request", async () => {
    const s = await login(t.app, 'keeper');
    expect((await s.req('GET', '/api/people')).statusCode).toBe(200);
    other.prepare("update roles set permissions = '[]' where code = 'test-keeper'").run();
    expect((await s.req('GET', '/api/people')).statusCode).toBe(403);
  });
});

describe.runIf(DIALECTS.includes('postgres'))('the database epoch on PostgreSQL', () => {
  it('is null: other nodes write without this one knowing, so nothing is kept', async () => {
    const t = await createTestApp('postgres');
    try {
      expect(t.core.database.epoch()).toBeNull();
      expect(t.core.database.quietWrite('update sessions set last_seen_at = last_seen_at', [])).toBe(false);
    } finally {
      await t.close();
    }
  });
});
