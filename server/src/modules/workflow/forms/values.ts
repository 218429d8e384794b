import { z } from 'zod';
import { CONTROL } from '../../../platform/http/validation.js';
import type { MessageKey, Params } from '../../../platform/i18n/index.js';
import type { FormField } from './types.js';

/** A message for one place in a submission. */
export interface Problem {
  key: MessageKey;
  params?: Params;
}

/**
 * A problem and where: a path under the field ('' = the field itself). Pairs, not an object, so a
 * submitted key such as "__proto__" stays a plain name.
 */
export type Located = [path: string, problem: Problem];

/** A cleaned value (undefined = none), or its problems. */
export type Parsed = { ok: true; value: unknown } | { ok: false; problems: Located[] };

export interface ParseContext {
  countWorkdays: (start: string, end: string) => number;
  /** A draft: required values may be missing. */
  partial: boolean;
}

export const MAX_ROWS = 200;
export const MAX_PEOPLE = 100;
export const MAX_FILES = 50;
const TEXT_MAX_LENGTH = 500;
const TEXTAREA_MAX_LENGTH = 5000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = z.iso.datetime({ offset: true });
const UUID = z.uuid();

const good = (value: unknown): Parsed => ({ ok: true, value });
const bad = (key: MessageKey, params?: Params): Parsed => ({ ok: false, problems: [['', params ? { key, params } : { key }]] });

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An own property only: a field called "constructor" must not find Object's. */
export const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

/** Empty string (after trimming), empty array, null or absent: no value. */
const isEmpty = (raw: unknown): boolean =>
  raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '') || (Array.isArray(raw) && raw.length === 0);

/** Prefixes problem paths with the place they were found at. */
export function nest(prefix: string, problems: Located[]): Located[] {
  return problems.map(([path, p]) => [path ? `${prefix}.${path}` : prefix, p]);
}

/** A 'YYYY-MM-DD' string naming a day that exists. */
function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function decimalPlaces(n: number): number {
  if (Number.isInteger(n)) return 0;
  const [mantissa = '', exponent = '0'] = String(n).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

function parseText(field: FormField, raw: unknown): Parsed {
  if (typeof raw !== 'string') return bad('validation.type', { expected: 'string' });
  const value = raw.trim();
  const max = field.maxLength ?? (field.type === 'textarea' ? TEXTAREA_MAX_LENGTH : TEXT_MAX_LENGTH);
  if (value.length > max) return bad('validation.tooLong', { max });
  if (CONTROL.test(value)) return bad('validation.controlChars');
  return good(value);
}

/** min/max bounds; `shown` turns a bound into what the person reads (yuan for money). */
function inRange(field: FormField, value: number, shown: (n: number) => string | number = (n) => n): Parsed {
  if (field.min !== undefined && value < field.min) return bad('validation.tooSmall', { min: shown(field.min) });
  if (field.max !== undefined && value > field.max) return bad('validation.tooBig', { max: shown(field.max) });
  return good(value);
}

function parseNumber(field: FormField, raw: unknown): Parsed {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return bad('validation.type', { expected: 'number' });
  if (field.decimals !== undefined && decimalPlaces(raw) > field.decimals) {
    return field.decimals === 0 ? bad('form.wholeNumber') : bad('form.decimals', { decimals: field.decimals });
  }
  return inRange(field, raw);
}

/** Money travels and is stored as integer fen; min/max are fen too. */
function parseMoney(field: FormField, raw: unknown): Parsed {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return bad('validation.type', { expected: 'number' });
  if (!Number.isSafeInteger(raw)) return bad('form.moneyFen');
  return inRange(field, raw, (fen) => (fen / 100).toFixed(2));
}

function parseDate(raw: unknown): Parsed {
  if (typeof raw !== 'string') return bad('validation.type', { expected: 'string' });
  return isRealDate(raw) ? good(raw) : bad('validation.format');
}

/** An ISO date-time with Z or an offset, stored in UTC. */
function parseDatetime(raw: unknown): Parsed {
  if (typeof raw !== 'string') return bad('validation.type', { expected: 'string' });
  if (!DATETIME.safeParse(raw).success || !isRealDate(raw.slice(0, 10))) return bad('validation.format');
  return good(new Date(raw).toISOString());
}

/** {start, end} (a `days` sent back is ignored): the server counts the workdays. */
function parseDateRange(raw: unknown, ctx: ParseContext): Parsed {
  if (!isPlainObject(raw)) return bad('validation.type', { expected: 'object' });
  if (Object.keys(raw).some((k) => k !== 'start' && k !== 'end' && k !== 'days')) return bad('validation.unknownField');
  const { start, end } = raw;
  if (typeof start !== 'string' || typeof end !== 'string' || !isRealDate(start) || !isRealDate(end)) {
    return bad('validation.format');
  }
  if (end < start) return bad('form.endBeforeStart');
  return good({ start, end, days: ctx.countWorkdays(start, end) });
}

function parseChoice(field: FormField, raw: unknown): Parsed {
  if (typeof raw !== 'string') return bad('validation.type', { expected: 'string' });
  return (field.options ?? []).some((o) => o.value === raw) ? good(raw) : bad('validation.enum');
}

/** Distinct strings, each accepted by `valid`. */
function parseList(raw: unknown, valid: (v: string) => boolean, invalid: MessageKey): Parsed {
  if (!Array.isArray(raw) || raw.some((v) => typeof v !== 'string')) return bad('validation.type', { expected: 'array' });
  const list = raw as string[];
  if (!list.every(valid)) return bad(invalid);
  return new Set(list).size === list.length ? good(list) : bad('form.duplicateValue');
}

function parseCheckbox(field: FormField, raw: unknown): Parsed {
  const values = new Set((field.options ?? []).map((o) => o.value));
  return parseList(raw, (v) => values.has(v), 'validation.enum');
}

/** Ids of people, departments or files; one only unless `multiple`. */
function parseIds(raw: unknown, max: number, single: boolean): Parsed {
  const parsed = parseList(raw, (v) => UUID.safeParse(v).success, 'validation.format');
  if (!parsed.ok) return parsed;
  const count = (parsed.value as string[]).length;
  if (single && count > 1) return bad('form.single');
  return count > max ? bad('form.tooMany', { max }) : parsed;
}

/** Keys of `record` that name none of `fields`. */
export function unknownKeys(record: Record<string, unknown>, fields: FormField[]): Located[] {
  return Object.keys(record)
    .filter((key) => !fields.some((f) => f.id === key))
    .map((key) => [key, { key: 'validation.unknownField' }]);
}

function parseRow(columns: FormField[], raw: unknown, ctx: ParseContext): Parsed {
  if (!isPlainObject(raw)) return bad('validation.type', { expected: 'object' });
  const problems = unknownKeys(raw, columns);
  const row: Record<string, unknown> = {};
  for (const column of columns) {
    const cell = parseField(column, own(raw, column.id), column.required === true, ctx);
    if (!cell.ok) problems.push(...nest(column.id, cell.problems));
    else if (cell.value !== undefined) row[column.id] = cell.value;
  }
  return problems.length > 0 ? { ok: false, problems } : good(row);
}

/** Rows of cells keyed by column id, each cell checked like a field of its column's type. */
function parseTable(field: FormField, raw: unknown, ctx: ParseContext): Parsed {
  if (!Array.isArray(raw)) return bad('validation.type', { expected: 'array' });
  if (raw.length > MAX_ROWS) return bad('form.tooManyRows', { max: MAX_ROWS });
  const problems: Located[] = [];
  const rows = raw.map((row: unknown, i) => {
    const parsed = parseRow(field.columns ?? [], row, ctx);
    if (!parsed.ok) problems.push(...nest(String(i), parsed.problems));
    return parsed.ok ? parsed.value : undefined;
  });
  return problems.length > 0 ? { ok: false, problems } : good(rows);
}

function parsePresent(field: FormField, raw: unknown, ctx: ParseContext): Parsed {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return parseText(field, raw);
    case 'number':
      return parseNumber(field, raw);
    case 'money':
      return parseMoney(field, raw);
    case 'date':
      return parseDate(raw);
    case 'datetime':
      return parseDatetime(raw);
    case 'dateRange':
      return parseDateRange(raw, ctx);
    case 'select':
    case 'radio':
      return parseChoice(field, raw);
    case 'checkbox':
      return parseCheckbox(field, raw);
    case 'person':
    case 'department':
      return parseIds(raw, MAX_PEOPLE, field.multiple !== true);
    case 'attachment':
      return parseIds(raw, MAX_FILES, false);
    case 'table':
      return parseTable(field, raw, ctx);
    case 'description':
    case 'computed':
      return good(undefined);
  }
}

/** One submitted value checked against its field: the cleaned value, or why not. */
export function parseField(field: FormField, raw: unknown, required: boolean, ctx: ParseContext): Parsed {
  if (isEmpty(raw)) return required && !ctx.partial ? bad('validation.required') : good(undefined);
  return parsePresent(field, raw, ctx);
}
