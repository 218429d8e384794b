import os from 'node:os';
import { sql } from 'kysely';
import type { Core } from '../context.js';
import type { Db, Tx } from '../db/index.js';
import type { Job } from '../db/schema.js';
import { isoAfter, newId, nowIso, parseJson } from '../util.js';

export type JobHandler = (core: Core, payload: Record<string, unknown>, job: Job) => Promise<void>;

export interface EnqueueInput {
  kind: string;
  payload?: Record<string, unknown>;
  runAt?: string;
  /** At most one job row per key; a second enqueue with the same key does nothing. */
  uniqueKey?: string;
  maxAttempts?: number;
  /** Recurring jobs go back to pending this many ms after each run instead of finishing. */
  everyMs?: number;
}

/** A running job whose node died is taken over after this long. */
const STALE_MS = 5 * 60_000;

export async function enqueue(db: Db | Tx, input: EnqueueInput): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      id: newId(),
      kind: input.kind,
      payload: JSON.stringify({ ...(input.payload ?? {}), ...(input.everyMs ? { everyMs: input.everyMs } : {}) }),
      run_at: input.runAt ?? nowIso(),
      status: 'pending',
      attempts: 0,
      max_attempts: input.maxAttempts ?? 5,
      unique_key: input.uniqueKey ?? null,
      created_at: nowIso(),
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .execute();
}

/** Cancels a pending job by its unique key (e.g. a grant revoked before it expires). */
export async function cancelJob(db: Db | Tx, uniqueKey: string): Promise<void> {
  await db.deleteFrom('jobs').where('unique_key', '=', uniqueKey).where('status', '=', 'pending').execute();
}

/**
 * Claims due jobs atomically. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets several nodes poll the
 * same table without ever taking the same row; SQLite has one writer, so the UPDATE is atomic.
 */
export async function claimDue(core: Core, workerId: string, limit: number): Promise<Job[]> {
  const now = nowIso();
  const staleBefore = isoAfter(-STALE_MS);
  if (core.dialect === 'postgres') {
    const { rows } = await sql<Job>`
      UPDATE jobs SET status = 'running', locked_by = ${workerId}, locked_at = ${now}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM jobs
        WHERE (status = 'pending' AND run_at <= ${now}) OR (status = 'running' AND locked_at < ${staleBefore})
        ORDER BY run_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING *`.execute(core.db);
    return rows;
  }
  return core.db
    .updateTable('jobs')
    .set((eb) => ({ status: 'running', locked_by: workerId, locked_at: now, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (qb) =>
      qb
        .selectFrom('jobs')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
            eb.and([eb('status', '=', 'running'), eb('locked_at', '<', staleBefore)]),
          ]),
        )
        .orderBy('run_at')
        .limit(limit),
    )
    .returningAll()
    .execute();
}

async function finish(core: Core, job: Job, error?: unknown): Promise<void> {
  const payload = parseJson<Record<string, unknown>>(job.payload, {});
  const everyMs = typeof payload.everyMs === 'number' ? payload.everyMs : undefined;
  const update = error
    ? job.attempts >= job.max_attempts
      ? { status: 'failed' as const, finished_at: nowIso() }
      : { status: 'pending' as const, run_at: isoAfter(Math.min(2 ** job.attempts * 1000, 3_600_000)) }
    : everyMs
      ? { status: 'pending' as const, run_at: isoAfter(everyMs), attempts: 0 }
      : { status: 'done' as const, finished_at: nowIso() };
  await core.db
    .updateTable('jobs')
    .set({ ...update, locked_by: null, locked_at: null, last_error: error ? String((error as Error).message ?? error).slice(0, 2000) : null })
    .where('id', '=', job.id)
    .where('locked_by', '=', job.locked_by)
    .execute();
}

export class JobWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly handlers = new Map<string, JobHandler>();
  readonly id = `${os.hostname()}:${process.pid}:${newId().slice(-8)}`;

  constructor(private readonly core: Core) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  start(pollMs = this.core.config.jobPollMs): void {
    const loop = () => {
      this.running = this.runDue()
        .then(() => undefined, () => undefined)
        .finally(() => {
          if (this.timer !== undefined) this.timer = setTimeout(loop, pollMs);
        });
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs every job that is due now; returns how many ran. Also used by tests to step time. */
  async runDue(limit = 20): Promise<number> {
    const jobs = await claimDue(this.core, this.id, limit);
    for (const job of jobs) {
      const handler = this.handlers.get(job.kind);
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(this.core, parseJson(job.payload, {}), job);
        await finish(this.core, job);
      } catch (error) {
        await finish(this.core, job, error);
      }
    }
    return jobs.length;
  }
}
