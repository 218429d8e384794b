import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Ctx } from '../context.js';
import type { Db, Dialect, Tx } from '../db/index.js';
import type { AuditRow } from '../db/schema.js';
import { newId, nowIso } from '../util.js';

export interface AuditInput {
  action: string;
  targetType: string;
  targetId: string;
  summary: string;
  outcome?: 'success' | 'failure';
  detail?: Record<string, unknown>;
  /** For records about someone not logged in (a failed login names the username tried). */
  actorName?: string;
}

export const GENESIS_HASH = '0'.repeat(64);
/** Arbitrary constant naming the advisory lock that serialises appends to the chain on PostgreSQL. */
const AUDIT_LOCK_KEY = 7_270_001;

type Hashed = Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'>;

/** The fixed field order the hash covers; changing it invalidates every chain. */
export function canonical(r: Hashed): string {
  return JSON.stringify([
    r.id, r.at, r.actor_id, r.actor_name, r.ip, r.user_agent, r.request_id,
    r.action, r.target_type, r.target_id, r.summary, r.outcome, r.detail,
  ]);
}

export const chainHash = (prevHash: string, r: Hashed): string =>
  createHash('sm3').update(prevHash).update(canonical(r)).digest('hex');

export async function appendAudit(tx: Tx, dialect: Dialect, ctx: Ctx, input: AuditInput): Promise<void> {
  if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(tx);
  const last = await tx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row: Hashed = {
    id: newId(),
    at: nowIso(),
    actor_id: ctx.actor?.userId ?? null,
    actor_name: input.actorName ?? ctx.actor?.displayName ?? 'system',
    ip: ctx.ip,
    user_agent: ctx.userAgent.slice(0, 500),
    request_id: ctx.requestId,
    action: input.action,
    target_type: input.targetType,
    target_id: input.targetId,
    summary: input.summary.slice(0, 1000),
    outcome: input.outcome ?? 'success',
    detail: JSON.stringify(input.detail ?? {}),
  };
  await tx.insertInto('audit_log').values({ ...row, prev_hash: prevHash, hash: chainHash(prevHash, row) }).execute();
}

export type VerifyResult =
  | { ok: true; count: number }
  | { ok: false; count: number; seq: number; id: string; problem: 'altered' | 'removedBefore' | 'inserted' };

/** Recomputes the whole chain in order, a page at a time; names the first record that breaks it. */
export async function verifyChain(db: Db, pageSize = 5000): Promise<VerifyResult> {
  let expectedPrev = GENESIS_HASH;
  let lastSeq = 0;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      count++;
      if (row.prev_hash !== expectedPrev) {
        // A record whose own hash is right but whose link is wrong follows a gap (removal),
        // unless it was made up and slipped in, in which case its seq breaks the sequence.
        const problem = row.seq !== lastSeq + 1 && lastSeq > 0 ? 'removedBefore' : 'inserted';
        return { ok: false, count, seq: row.seq, id: row.id, problem: chainHash(row.prev_hash, row) === row.hash ? problem : 'altered' };
      }
      if (chainHash(row.prev_hash, row) !== row.hash) return { ok: false, count, seq: row.seq, id: row.id, problem: 'altered' };
      expectedPrev = row.hash;
      lastSeq = row.seq;
    }
    if (rows.length < pageSize) return { ok: true, count };
  }
}
