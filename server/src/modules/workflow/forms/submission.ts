import { t, type Locale } from '../../../platform/i18n/index.js';
import type { FieldRight } from '../definition/types.js';
import { computeValues } from './compute.js';
import type { FieldType, FormDefinition, FormValues } from './types.js';
import { isPlainObject, nest, own, parseField, unknownKeys, type Located, type ParseContext } from './values.js';

export interface SubmissionOptions {
  /** The step's field rights; a field not listed is editable. */
  rights: Record<string, FieldRight>;
  /** The stored values: read-only and hidden fields keep these whatever is submitted. */
  previous?: FormValues;
  /** Workdays from start to end, both included, on the unit's calendar. */
  countWorkdays: (start: string, end: string) => number;
  locale: Locale;
  /** A draft: required fields may be empty. */
  partial?: boolean;
}

export type SubmissionResult = { ok: true; values: FormValues } | { ok: false; fields: Record<string, string> };

/** Fields whose value, if any, the server makes: a submitted one is ignored. */
const SERVER_VALUED: readonly FieldType[] = ['description', 'computed'];

const rightOf = (rights: Record<string, FieldRight>, id: string): FieldRight => own(rights, id) ?? 'editable';

/** `{path: message}`, built with own properties only, whatever the paths are called. */
function messages(problems: Located[], locale: Locale): Record<string, string> {
  return Object.fromEntries(problems.map(([path, p]) => [path, t(locale, p.key, p.params)]));
}

/**
 * Checks a submission against the definition and the step's rights and returns the values to
 * store: editable fields as submitted (cleaned), read-only and hidden ones from `previous`,
 * computed ones calculated. Error paths are field ids, or "tableId.row.columnId" for cells.
 */
export function validateSubmission(def: FormDefinition, values: unknown, opts: SubmissionOptions): SubmissionResult {
  if (!isPlainObject(values)) return { ok: false, fields: { _: t(opts.locale, 'validation.type', { expected: 'object' }) } };
  const problems = unknownKeys(values, def.fields);

  const ctx: ParseContext = { countWorkdays: opts.countWorkdays, partial: opts.partial === true };
  const stored: FormValues = {};
  for (const field of def.fields) {
    if (SERVER_VALUED.includes(field.type)) continue;
    const right = rightOf(opts.rights, field.id);
    if (right === 'readonly' || right === 'hidden') {
      if (opts.previous && Object.hasOwn(opts.previous, field.id)) stored[field.id] = opts.previous[field.id];
      continue;
    }
    const parsed = parseField(field, own(values, field.id), right === 'required' || field.required === true, ctx);
    if (!parsed.ok) problems.push(...nest(field.id, parsed.problems));
    else if (parsed.value !== undefined) stored[field.id] = parsed.value;
  }
  if (problems.length > 0) return { ok: false, fields: messages(problems, opts.locale) };
  return { ok: true, values: { ...stored, ...computeValues(def.fields, stored) } };
}

/** The values a step's handler may see: hidden fields removed. */
export function visibleValues(def: FormDefinition, values: FormValues, rights: Record<string, FieldRight>): FormValues {
  const hidden = new Set(def.fields.filter((f) => rightOf(rights, f.id) === 'hidden').map((f) => f.id));
  return Object.fromEntries(Object.entries(values).filter(([id]) => !hidden.has(id)));
}

/** Every attachment file id in the values, including those in detail-table rows. */
export function attachmentIds(def: FormDefinition, values: FormValues): string[] {
  const ids: string[] = [];
  const collect = (fields: FormDefinition['fields'], row: FormValues) => {
    for (const field of fields) {
      const value = row[field.id];
      if (field.type === 'attachment' && Array.isArray(value)) ids.push(...value.filter((v): v is string => typeof v === 'string'));
      if (field.type === 'table' && Array.isArray(value)) for (const r of value) collect(field.columns ?? [], (r ?? {}) as FormValues);
    }
  };
  collect(def.fields, values);
  return ids;
}
