import type { Db, Tx } from '../../../platform/db/index.js';
import type { DocNumberStatus } from '../../../platform/db/schema.js';

export interface RegisterFilters {
  ruleId?: string;
  year?: number;
  status?: DocNumberStatus;
  limit?: number;
  offset?: number;
}

export interface RegisterEntry {
  id: string;
  ruleId: string;
  ruleCode: string;
  year: number;
  seq: number;
  number: string;
  status: DocNumberStatus;
  documentId: string | null;
  reason: string;
  createdBy: string | null;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string;
}

/** 发文登记簿: every number taken, in order of organ, year and sequence, with its fate. */
export async function register(db: Db | Tx, filters: RegisterFilters = {}): Promise<{ total: number; items: RegisterEntry[] }> {
  const base = db
    .selectFrom('doc_numbers as n')
    .innerJoin('doc_number_rules as r', 'r.id', 'n.rule_id')
    .$if(filters.ruleId !== undefined, (q) => q.where('n.rule_id', '=', filters.ruleId!))
    .$if(filters.year !== undefined, (q) => q.where('n.year', '=', filters.year!))
    .$if(filters.status !== undefined, (q) => q.where('n.status', '=', filters.status!));
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    base
      .select([
        'n.id', 'n.rule_id', 'r.code', 'n.year', 'n.seq', 'n.number', 'n.status', 'n.document_id', 'n.reason',
        'n.created_by', 'n.created_at', 'n.updated_by', 'n.updated_at',
      ])
      .orderBy('r.code')
      .orderBy('n.year')
      .orderBy('n.seq')
      .limit(filters.limit ?? 1000)
      .offset(filters.offset ?? 0)
      .execute(),
  ]);
  return {
    total: Number(total),
    items: rows.map((r) => ({
      id: r.id,
      ruleId: r.rule_id,
      ruleCode: r.code,
      year: r.year,
      seq: r.seq,
      number: r.number,
      status: r.status,
      documentId: r.document_id,
      reason: r.reason,
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedBy: r.updated_by,
      updatedAt: r.updated_at,
    })),
  };
}
