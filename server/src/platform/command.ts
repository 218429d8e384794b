import type { Core, Ctx } from './context.js';
import type { Tx } from './db/index.js';
import { invalid } from './errors.js';
import { isUniqueViolation } from './db/unique.js';
import type { DomainEvent } from './events/bus.js';
import { appendAudit, type AuditInput } from './audit/log.js';

export interface Work {
  tx: Tx;
  /** Queue an audit record; it is written in this same transaction before commit. */
  audit(record: AuditInput): void;
  /** Queue a domain event; it is published only after commit. */
  emit(event: DomainEvent): void;
}

/**
 * The one way to write: the work and its audit records share a transaction,
 * and domain events go out only once it has committed.
 */
export async function command<T>(core: Core, ctx: Ctx, fn: (work: Work) => Promise<T>): Promise<T> {
  const events: DomainEvent[] = [];
  const once = ctx.idempotency && ctx.actor ? { ...ctx.idempotency, userId: ctx.actor.userId } : undefined;
  let result: T;
  try {
    result = await core.db.transaction().execute(async (tx) => {
      if (once) await claimIdempotencyKey(tx, once);
      const audits: AuditInput[] = [];
      const value = await fn({ tx, audit: (r) => audits.push(r), emit: (e) => events.push(e) });
      if (once) await saveIdempotentReply(tx, once, value);
      // Last before commit: on PostgreSQL appending takes the lock that serialises the chain's writers.
      await appendAudit(tx, core.dialect, ctx, audits);
      return value;
    });
  } catch (error) {
    // The same key was used before (or concurrently, and that request committed first): answer as it was answered.
    if (once && (error instanceof Replay || isUniqueViolation(error))) return replay<T>(core, once);
    throw error;
  }
  for (const event of events) core.bus.publish(event);
  return result;
}

type Once = { key: string; route: string; userId: string };
class Replay extends Error {}

async function claimIdempotencyKey(tx: Tx, once: Once): Promise<void> {
  const seen = await tx.selectFrom('idempotency_keys').select('key').where('key', '=', once.key).where('user_id', '=', once.userId).executeTakeFirst();
  if (seen) throw new Replay();
  await tx
    .insertInto('idempotency_keys')
    .values({ key: once.key, user_id: once.userId, route: once.route, status_code: 200, response: 'null', created_at: new Date().toISOString() })
    .execute();
}

async function saveIdempotentReply(tx: Tx, once: Once, value: unknown): Promise<void> {
  await tx
    .updateTable('idempotency_keys')
    .set({ response: JSON.stringify(value ?? null) })
    .where('key', '=', once.key)
    .where('user_id', '=', once.userId)
    .execute();
}

async function replay<T>(core: Core, once: Once): Promise<T> {
  const row = await core.db.selectFrom('idempotency_keys').selectAll().where('key', '=', once.key).where('user_id', '=', once.userId).executeTakeFirst();
  if (!row) throw new Error('idempotency key vanished');
  if (row.route !== once.route) throw invalid('IDEMPOTENCY_KEY_REUSED', 'error.idempotencyKeyReused');
  return JSON.parse(row.response) as T;
}


/** Records something that changed nothing (a failed login, an export) in its own transaction. */
export const recordAudit = (core: Core, ctx: Ctx, record: AuditInput): Promise<void> =>
  command(core, ctx, async (w) => w.audit(record));
