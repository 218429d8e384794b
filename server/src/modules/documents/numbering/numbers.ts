import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import type { DocNumberStatus } from '../../../platform/db/schema.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import { formatNumber } from './format.js';

export interface TakenNumber {
  id: string;
  ruleId: string;
  year: number;
  seq: number;
  /** e.g. 示政办发〔2026〕12号 */
  number: string;
  status: DocNumberStatus;
  documentId: string | null;
}

interface TakeInput {
  ruleId: string;
  year: number;
  userId: string | null;
}

/**
 * Moves the (rule, year) counter on by one under its row lock, the rule being active, and reads
 * the rule's code and template in the same statement: the lock is held until commit, so every
 * round trip saved inside it is one more allocation per second.
 */
const advanceCounter = (tx: Tx, { ruleId, year }: TakeInput) => {
  const rule = tx.selectFrom('doc_number_rules').where('id', '=', ruleId);
  return tx
    .updateTable('doc_number_counters')
    .set((eb) => ({ next_seq: eb('next_seq', '+', 1) }))
    .where('rule_id', '=', ruleId)
    .where('year', '=', year)
    .where(({ exists }) => exists(rule.select('id').where('active', '=', 1)))
    .returning([sql<number>`next_seq - 1`.as('seq'), rule.select('code').as('code'), rule.select('template').as('template')])
    .executeTakeFirst();
};

/** A year's first number creates its counter; a concurrent creator waits for ours, then does nothing. */
const createCounter = (tx: Tx, { ruleId, year }: TakeInput) =>
  tx
    .insertInto('doc_number_counters')
    .columns(['rule_id', 'year', 'next_seq'])
    .expression((eb) =>
      eb
        .selectFrom('doc_number_rules')
        .select(['id', sql<number>`cast(${year} as integer)`.as('year'), sql<number>`1`.as('next_seq')])
        .where('id', '=', ruleId)
        .where('active', '=', 1),
    )
    .onConflict((oc) => oc.columns(['rule_id', 'year']).doNothing())
    .execute();

/**
 * The next number of a rule's year, recorded in the register in the caller's transaction. The
 * counter is written before anything is read: PostgreSQL holds its row lock, SQLite its one write
 * lock, until commit, so concurrent takers (other connections, other server nodes) queue there and
 * each gets the next sequence. A rollback undoes counter and register row together: no gap.
 */
async function take(tx: Tx, input: TakeInput & { status: DocNumberStatus; documentId: string | null; reason: string }): Promise<TakenNumber> {
  let counter = await advanceCounter(tx, input);
  if (!counter) {
    await createCounter(tx, input);
    counter = await advanceCounter(tx, input);
  }
  if (!counter) throw invalid('DOC_NUMBER_RULE_INACTIVE', 'docNumber.ruleInactive');
  const taken: TakenNumber = {
    id: newId(),
    ruleId: input.ruleId,
    year: input.year,
    seq: counter.seq,
    number: formatNumber({ code: counter.code!, template: counter.template! }, input.year, counter.seq),
    status: input.status,
    documentId: input.documentId,
  };
  const now = nowIso();
  await tx
    .insertInto('doc_numbers')
    .values({
      id: taken.id,
      rule_id: taken.ruleId,
      year: taken.year,
      seq: taken.seq,
      number: taken.number,
      status: taken.status,
      document_id: taken.documentId,
      reason: input.reason,
      created_by: input.userId,
      created_at: now,
      updated_by: input.userId,
      updated_at: now,
    })
    .execute();
  return taken;
}

/** 编号: gives a document the next number of the rule's year. */
export const allocateNumber = (tx: Tx, input: TakeInput & { documentId: string }): Promise<TakenNumber> =>
  take(tx, { ...input, status: 'used', reason: '' });

/** 预留: takes the next number for later use (a document still being drafted, a number announced ahead). */
export const reserveNumber = (tx: Tx, input: TakeInput & { reason?: string }): Promise<TakenNumber> =>
  take(tx, { ...input, status: 'reserved', documentId: null, reason: input.reason ?? '' });

/** Changes a number's fate if it is in one of the `from` states; tells missing from wrong state apart. */
async function changeFate(
  tx: Tx,
  numberId: string,
  from: DocNumberStatus[],
  set: { status: DocNumberStatus; document_id?: string; reason?: string },
  userId: string | null,
  refused: () => Error,
): Promise<TakenNumber> {
  const row = await tx
    .updateTable('doc_numbers')
    .set({ ...set, updated_by: userId, updated_at: nowIso() })
    .where('id', '=', numberId)
    .where('status', 'in', from)
    .returning(['id', 'rule_id', 'year', 'seq', 'number', 'status', 'document_id'])
    .executeTakeFirst();
  if (!row) {
    const exists = await tx.selectFrom('doc_numbers').select('id').where('id', '=', numberId).executeTakeFirst();
    throw exists ? refused() : notFound();
  }
  return { id: row.id, ruleId: row.rule_id, year: row.year, seq: row.seq, number: row.number, status: row.status, documentId: row.document_id };
}

/** A reserved number given to a document. */
export const useReserved = (tx: Tx, input: { numberId: string; documentId: string; userId: string | null }): Promise<TakenNumber> =>
  changeFate(tx, input.numberId, ['reserved'], { status: 'used', document_id: input.documentId }, input.userId, () =>
    conflict('DOC_NUMBER_NOT_RESERVED', 'docNumber.notReserved'),
  );

/**
 * 作废: the number stays in the register, marked void with the reason, and is never given again;
 * the sequence has no gap because its row remains.
 */
export function voidNumber(tx: Tx, input: { numberId: string; reason: string; userId: string | null }): Promise<TakenNumber> {
  const reason = input.reason.trim();
  if (!reason) throw invalid('DOC_NUMBER_REASON_REQUIRED', 'docNumber.reasonRequired', {}, { reason: { key: 'validation.required' } });
  return changeFate(tx, input.numberId, ['used', 'reserved'], { status: 'voided', reason }, input.userId, () =>
    conflict('DOC_NUMBER_VOIDED', 'docNumber.alreadyVoided'),
  );
}
