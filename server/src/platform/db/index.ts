import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type Pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
  type Transaction,
} from 'kysely';
import { migrations, type Dialect } from '../../../migrations/index.js';
import type { DB } from './schema.js';

export type { Dialect };
export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;

export interface Database {
  db: Db;
  dialect: Dialect;
  /** Where the SQLite file lives, or a redacted PostgreSQL address. */
  location: string;
  /**
   * A number that grows whenever the database may have changed: a row changed by this process (even in
   * a transaction that is later rolled back; not by a quietWrite) or a commit by any other process
   * (SQLite's data_version).
   * What was read under one epoch is still true while the epoch is the same. Null on PostgreSQL, where
   * other nodes write without this process knowing: nothing is kept there.
   */
  epoch(): number | null;
  /**
   * Runs one write of bookkeeping that no kept value reads (or whose one reader updates its own copy),
   * without moving the epoch. Only on SQLite and outside a transaction, synchronously, so that no other
   * write can fall between it and the count of rows it changed. Returns false when it did not run (in
   * a transaction, or on PostgreSQL): write the usual way then.
   */
  quietWrite(sql: string, params: readonly unknown[]): boolean;
  close(): Promise<void>;
}

/** pg is loaded only when PostgreSQL is configured: a server on SQLite never pays for it. */
function loadPg(): typeof Pg {
  const pg = createRequire(import.meta.url)('pg') as typeof Pg;
  // PostgreSQL returns bigint (audit seq, counts) as strings by default; they fit in a JS number here.
  pg.types.setTypeParser(20, (v) => Number(v));
  return pg;
}

export function openDatabase(opts: { databaseUrl?: string; dataDir: string; poolSize?: number }): Database {
  if (opts.databaseUrl) {
    const pool = new (loadPg().Pool)({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', location: redact(opts.databaseUrl), epoch: () => null, quietWrite: () => false, close: () => db.destroy() };
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const file = path.join(opts.dataDir, 'tongban.db');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // A checkpoint syncs the file to disk, which costs more than the commits between two of them when
  // the disk is busy: checkpoint every 10,000 pages written (about 40 MB of WAL) instead of 1,000.
  sqlite.pragma('wal_autocheckpoint = 10000');
  // Lets the planner use fresh statistics (e.g. for the people list's scope filters); cheap when nothing changed.
  sqlite.pragma('optimize = 0x10002');
  const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
  // Rows this connection changed (trigger side effects always come with such a change; migrations'
  // DDL runs before anything is kept), and SQLite's count of other connections' commits.
  const changes = sqlite.prepare('SELECT total_changes()').pluck();
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  let [seenChanges, seenVersion, current, quiet] = [-1, -1, 0, 0];
  const epoch = () => {
    const [changed, version] = [(changes.get() as number) - quiet, dataVersion.get() as number];
    if (changed !== seenChanges || version !== seenVersion) {
      [seenChanges, seenVersion] = [changed, version];
      current++;
    }
    return current;
  };
  const quietWrite = (sql: string, params: readonly unknown[]) => {
    if (sqlite.inTransaction) return false;
    const before = changes.get() as number;
    sqlite.prepare(sql).run(...params);
    quiet += (changes.get() as number) - before;
    return true;
  };
  return { db, dialect: 'sqlite', location: file, epoch, quietWrite, close: () => db.destroy() };
}

/**
 * Transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE), waiting up to busy_timeout
 * for another process's writer. A deferred transaction that read first and then tried to write after
 * another process had written would fail with SQLITE_BUSY at once, however long the timeout.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

/**
 * Kysely prepares every query anew; preparing costs about as much as running a small query, and the
 * same few hundred SQL texts recur all day. Prepared statements are reusable, so keep them by text.
 */
function withStatementCache(sqlite: SQLite.Database, max = 1000): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    // A statement still iterating a result cannot run again; such a caller gets a fresh one.
    if (statement?.busy) return prepare(source);
    if (!statement) {
      statement = prepare(source);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      cache.set(source, statement);
    }
    return statement;
  }) as SQLite.Database['prepare'];
  return sqlite;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: {
      getMigrations: async () =>
        Object.fromEntries(
          Object.entries(migrations).map(([name, m]) => [name, { up: (db: Kysely<any>) => m.up(db, database.dialect) }]),
        ),
    },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
