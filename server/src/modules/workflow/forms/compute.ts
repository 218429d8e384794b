import type { FormField, FormValues } from './types.js';
import { isPlainObject, own } from './values.js';

/** A number taking part in a calculation; money (fen) results are rounded to whole fen. */
interface Term {
  value: number;
  money: boolean;
}

const ZERO: Term = { value: 0, money: false };
const numberOr0 = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const round = (n: number, money: boolean): number => (money ? Math.round(n) : Math.round(n * 1e6) / 1e6);

/** The sum of one column over a table's rows. */
function columnTerm(table: FormField, columnId: string, rows: unknown): Term {
  const column = table.columns?.find((c) => c.id === columnId);
  if (!column || !Array.isArray(rows)) return { value: 0, money: column?.type === 'money' };
  const sum = rows.reduce((acc: number, row: unknown) => acc + (isPlainObject(row) ? numberOr0(own(row, columnId)) : 0), 0);
  return { value: sum, money: column.type === 'money' };
}

/**
 * The value of every computed field from the final values: the sum or product of the fields it
 * names (a missing value counts as 0; "tableId.columnId" is that column's sum over the rows).
 */
export function computeValues(fields: FormField[], values: FormValues): Record<string, number> {
  const byId = new Map(fields.map((f) => [f.id, f]));
  const done = new Map<string, Term>();

  const term = (ref: string, visiting: Set<string>): Term => {
    const [id = '', columnId] = ref.split('.');
    const field = byId.get(id);
    if (!field) return ZERO;
    if (columnId !== undefined) return columnTerm(field, columnId, own(values, id));
    if (field.type === 'computed') return evaluate(field, visiting);
    return { value: numberOr0(own(values, id)), money: field.type === 'money' };
  };

  const evaluate = (field: FormField, visiting: Set<string>): Term => {
    const known = done.get(field.id);
    if (known) return known;
    // A cycle, which checkDefinition refuses at publishing, counts as 0 rather than looping.
    if (visiting.has(field.id)) return ZERO;
    visiting.add(field.id);
    const terms = (field.compute?.fields ?? []).map((ref) => term(ref, visiting));
    const money = terms.some((t) => t.money);
    const raw =
      field.compute?.op === 'product'
        ? terms.reduce((acc, t) => acc * t.value, 1)
        : terms.reduce((acc, t) => acc + t.value, 0);
    const result = { value: round(raw, money), money };
    done.set(field.id, result);
    return result;
  };

  return Object.fromEntries(fields.filter((f) => f.type === 'computed').map((f) => [f.id, evaluate(f, new Set()).value]));
}
