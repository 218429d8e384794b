import fs from 'node:fs/promises';
import { sql } from 'kysely';
import { VERSION } from '../../app.js';
import type { Core } from '../../platform/context.js';
import { isoAfter } from '../../platform/util.js';
import type { Caller } from '../access/index.js';
import { mayDiagnose } from './policy.js';
import { outgoingMailServer } from '../notifications/index.js';

/** A pending job this much past its time means the worker is not keeping up (or not running). */
const OVERDUE_MS = 60_000;

async function fileSize(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0;
  }
}

/** SQLite: the file with its write-ahead log; PostgreSQL: what the server reports for the database. */
async function databaseSize(core: Core): Promise<number> {
  if (core.dialect === 'postgres') {
    const { rows } = await sql<{ size: number | string }>`SELECT pg_database_size(current_database()) AS size`.execute(core.db);
    return Number(rows[0]?.size ?? 0);
  }
  const file = core.database.location;
  return (await fileSize(file)) + (await fileSize(`${file}-wal`));
}

async function jobCounts(core: Core) {
  const rows = await core.db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const of = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  const overdue = await core.db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'pending')
    .where('run_at', '<', isoAfter(-OVERDUE_MS))
    .executeTakeFirstOrThrow();
  return { pending: of('pending'), running: of('running'), failed: of('failed'), overdue: Number(overdue.n) };
}

export async function diagnostics(core: Core, caller: Caller) {
  mayDiagnose(caller);
  const [databaseSizeBytes, disk, jobs, audit] = await Promise.all([
    databaseSize(core),
    fs.statfs(core.config.dataDir),
    jobCounts(core),
    core.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    version: VERSION,
    node: process.version,
    dialect: core.dialect,
    databaseLocation: core.database.location,
    databaseSizeBytes,
    dataDir: core.config.dataDir,
    disk: { freeBytes: disk.bavail * disk.bsize, totalBytes: disk.blocks * disk.bsize },
    jobs,
    uptimeSeconds: Math.round(process.uptime()),
    rssBytes: process.memoryUsage.rss(),
    auditRecords: Number(audit.n),
    mail: { configured: Boolean(core.config.mail.smtpUrl || (await outgoingMailServer(core))) },
  };
}
