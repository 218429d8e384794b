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

/**
 * The hash of the chain's last record, for a transaction about to append. On PostgreSQL the
 * function audit_chain_head() (migration 009) first takes the advisory lock that serialises the
 * chain's writers until commit, then reads the head in a snapshot taken after the lock: one round
 * trip. SQLite has one writer, whose transactions begin with the write lock.
 */
async function chainHead(tx: Tx, dialect: Dialect): Promise<string> {
  const last =
    dialect === 'postgres'
      ? (await sql<{ hash: string | null }>`SELECT audit_chain_head() AS hash`.execute(tx)).rows[0]
      : await tx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return last?.hash ?? GENESIS_HASH;
}

function record(ctx: Ctx, input: AuditInput): Hashed {
  return {
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
}

/** Appends records to the chain, in order, in one statement; call it last in the transaction. */
export async function appendAudit(tx: Tx, dialect: Dialect, ctx: Ctx, inputs: AuditInput[]): Promise<void> {
  if (!inputs.length) return;
  let prevHash = await chainHead(tx, dialect);
  const rows = inputs.map((input) => {
    const row = record(ctx, input);
    const hash = chainHash(prevHash, row);
    const linked = { ...row, prev_hash: prevHash, hash };
    prevHash = hash;
    return linked;
  });
  await tx.insertInto('audit_log').values(rows).execute();
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
