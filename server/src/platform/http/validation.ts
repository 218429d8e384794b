import { z } from 'zod';
import { t, type Locale, type MessageKey, type Params } from '../i18n/index.js';

// Control characters other than tab, newline and carriage return have no place in office text.
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A trimmed single- or multi-line text field with a length limit and no control characters. */
export const text = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((v) => !CONTROL.test(v), { params: { key: 'validation.controlChars' } });

/** The content type of a reply whose body is JSON already serialised (e.g. kept in a cache). */
export const JSON_TYPE = 'application/json; charset=utf-8';

export const optionalText = (max: number) => text(max).optional();
export const idParam = z.strictObject({ id: z.uuid() });
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export interface FieldIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

function valueAt(input: unknown, instancePath: string): unknown {
  let value = input;
  for (const part of instancePath.split('/').filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function messageFor(issue: FieldIssue, input: unknown): { key: MessageKey; params?: Params } {
  const p = issue.params;
  switch (issue.keyword) {
    case 'invalid_type':
      return valueAt(input, issue.instancePath) === undefined
        ? { key: 'validation.required' }
        : { key: 'validation.type', params: { expected: String(p.expected) } };
    case 'too_small':
      return p.origin === 'string'
        ? { key: 'validation.tooShort', params: { min: Number(p.minimum) } }
        : { key: 'validation.tooSmall', params: { min: Number(p.minimum) } };
    case 'too_big':
      return p.origin === 'string'
        ? { key: 'validation.tooLong', params: { max: Number(p.maximum) } }
        : { key: 'validation.tooBig', params: { max: Number(p.maximum) } };
    case 'invalid_format':
      return { key: 'validation.format' };
    case 'invalid_value':
      return { key: 'validation.enum' };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField' };
    case 'custom': {
      const key = (p.params as { key?: MessageKey } | undefined)?.key;
      return { key: key ?? 'validation.invalid' };
    }
    default:
      return { key: 'validation.invalid' };
  }
}

/** Turns schema issues into `{field: message}` in the request's language. */
export function fieldMessages(issues: FieldIssue[], locale: Locale, input: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const base = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const names =
      issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)
        ? (issue.params.keys as string[]).map((k) => (base ? `${base}.${k}` : k))
        : [base || '_'];
    const { key, params } = messageFor(issue, input);
    for (const name of names) fields[name] ??= t(locale, key, params);
  }
  return fields;
}

/** Validates a value outside routing (import rows, job payloads) with the same messages. */
export function check<T extends z.ZodType>(schema: T, value: unknown, locale: Locale):
  | { ok: true; value: z.output<T> }
  | { ok: false; fields: Record<string, string> } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const issues = r.error.issues.map((i) => {
    const { path, code, message: _m, ...params } = i as unknown as { path: PropertyKey[]; code: string; message: string };
    return { instancePath: `/${path.join('/')}`, keyword: code, params };
  });
  return { ok: false, fields: fieldMessages(issues, locale, value) };
}
