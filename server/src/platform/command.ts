import type { Core, Ctx } from './context.js';
import type { Tx } from './db/index.js';
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
  const result = await core.db.transaction().execute(async (tx) => {
    const audits: AuditInput[] = [];
    const value = await fn({ tx, audit: (r) => audits.push(r), emit: (e) => events.push(e) });
    for (const record of audits) await appendAudit(tx, core.dialect, ctx, record);
    return value;
  });
  for (const event of events) core.bus.publish(event);
  return result;
}

/** Records something that changed nothing (a failed login, an export) in its own transaction. */
export const recordAudit = (core: Core, ctx: Ctx, record: AuditInput): Promise<void> =>
  command(core, ctx, async (w) => w.audit(record));
