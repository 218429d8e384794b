import type { FieldType, FormDefinition, FormField, FormValues, TableRow } from './types';

/** Money travels as integer fen; people see and type yuan with two decimals. */
export const fenToYuan = (fen: number): number => fen / 100;
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100);

export const formatMoney = (fen: number): string =>
  '¥' + fenToYuan(fen).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatNumber = (n: number): string => n.toLocaleString('zh-CN', { maximumFractionDigits: 6 });

export const isNumericType = (type: FieldType): boolean => type === 'number' || type === 'money';

/** A number as the computation sees it: anything else (empty, text) counts as 0. */
const numeric = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export const tableRows = (v: unknown): TableRow[] =>
  Array.isArray(v) ? v.filter((r): r is TableRow => typeof r === 'object' && r !== null && !Array.isArray(r)) : [];

/** The sum of one column over the rows of a table value. */
export const columnSum = (rows: unknown, columnId: string): number =>
  tableRows(rows).reduce((sum, row) => sum + numeric(row[columnId]), 0);

/** A computed result: its number and whether it is money (fen), which any money operand makes it. */
export interface Computed {
  value: number;
  money: boolean;
}

const ZERO: Computed = { value: 0, money: false };
const round = (n: number, money: boolean): number => (money ? Math.round(n) : Math.round(n * 1e6) / 1e6);

/**
 * Every computed field's result, exactly as the server computes it (forms/compute.ts): the sum or
 * product of the named number, money or computed fields (missing → 0) and of "table.column" column
 * sums; money results are whole fen, others rounded to 6 decimals; a cycle counts as 0.
 */
export function computeAll(definition: FormDefinition, values: FormValues): Map<string, Computed> {
  const byId = new Map(definition.fields.map((f) => [f.id, f]));
  const done = new Map<string, Computed>();

  const term = (ref: string, visiting: Set<string>): Computed => {
    const [id = '', columnId] = ref.split('.');
    const field = byId.get(id);
    if (!field) return ZERO;
    if (columnId !== undefined) {
      const column = field.columns?.find((c) => c.id === columnId);
      return { value: column ? columnSum(values[id], columnId) : 0, money: column?.type === 'money' };
    }
    if (field.type === 'computed') return evaluate(field, visiting);
    return { value: numeric(values[id]), money: field.type === 'money' };
  };

  const evaluate = (field: FormField, visiting: Set<string>): Computed => {
    const known = done.get(field.id);
    if (known) return known;
    if (visiting.has(field.id)) return ZERO;
    visiting.add(field.id);
    const terms = (field.compute?.fields ?? []).map((ref) => term(ref, visiting));
    const money = terms.some((t) => t.money);
    const raw =
      field.compute?.op === 'product' ? terms.reduce((a, t) => a * t.value, 1) : terms.reduce((a, t) => a + t.value, 0);
    const result = { value: round(raw, money), money };
    done.set(field.id, result);
    return result;
  };

  for (const field of definition.fields) if (field.type === 'computed') evaluate(field, new Set());
  return done;
}

/** What a computed field may use: number, money and other computed fields, and number/money table columns as "table.column". */
export function numericRefs(definition: FormDefinition, selfId: string): { value: string; label: string }[] {
  return definition.fields.flatMap((f) => {
    if (isNumericType(f.type) || (f.type === 'computed' && f.id !== selfId)) return [{ value: f.id, label: f.label }];
    if (f.type !== 'table') return [];
    return (f.columns ?? [])
      .filter((c) => isNumericType(c.type))
      .map((c) => ({ value: `${f.id}.${c.id}`, label: `${f.label}.${c.label}` }));
  });
}

export const FIELD_ID_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;

/** The next free id of the form "field_N" (or "col_N" for table columns). */
export function nextId(existing: readonly string[], prefix: string): string {
  const taken = new Set(existing);
  let n = existing.length + 1;
  while (taken.has(`${prefix}_${n}`)) n++;
  return `${prefix}_${n}`;
}

/** Why a field cannot be published as it stands (an i18n key), or null. */
export function fieldProblem(field: FormField): string | null {
  if (!field.label.trim()) return 'wfForm.problem.label';
  if (['select', 'radio', 'checkbox'].includes(field.type) && !field.options?.length) return 'wfForm.problem.options';
  if (field.type === 'table' && !field.columns?.length) return 'wfForm.problem.columns';
  if (field.type === 'table') return field.columns?.map(fieldProblem).find((p) => p !== null) ?? null;
  if (field.type === 'computed' && !field.compute?.fields.length) return 'wfForm.problem.compute';
  return null;
}
