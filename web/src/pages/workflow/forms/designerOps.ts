import { FIELD_ID_PATTERN, nextId, numericRefs } from './logic';
import type { FormDefinition, FormField } from './types';

/** Moves one item of a list to another index. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** Inserts after the given index, or at the end when it is -1. */
export const insertAfter = <T>(list: readonly T[], index: number, item: T): T[] =>
  index < 0 ? [...list, item] : [...list.slice(0, index + 1), item, ...list.slice(index + 1)];

/** A copy of a field (and of its columns) under a new id. */
export const copyOf = (field: FormField, id: string, label: string): FormField => structuredClone({ ...field, id, label });

/** An id is fine when it has the right shape and no sibling uses it. */
export const idProblem = (id: string, siblings: readonly string[]): 'wfForm.prop.idInvalid' | 'wfForm.prop.idTaken' | null =>
  !FIELD_ID_PATTERN.test(id) ? 'wfForm.prop.idInvalid' : siblings.includes(id) ? 'wfForm.prop.idTaken' : null;

/** Renamed column ids between two versions of a table (same length, ids changed in place). */
function columnRenames(before: FormField, after: FormField): [string, string][] {
  const a = before.columns ?? [];
  const b = after.columns ?? [];
  if (a.length !== b.length) return [];
  const kept = new Set(b.map((c) => c.id));
  return a.flatMap((c, i) => (c.id !== b[i].id && !kept.has(c.id) ? [[c.id, b[i].id] as [string, string]] : []));
}

/** Computed references follow renamed fields and columns and forget what no longer counts. */
function followRefs(def: FormDefinition, renames: Map<string, string>): FormDefinition {
  const renamed: FormDefinition = {
    fields: def.fields.map((f) =>
      f.compute ? { ...f, compute: { ...f.compute, fields: f.compute.fields.map((r) => renames.get(r) ?? r) } } : f,
    ),
  };
  return {
    fields: renamed.fields.map((f) => {
      if (!f.compute) return f;
      const allowed = new Set(numericRefs(renamed, f.id).map((r) => r.value));
      return { ...f, compute: { ...f.compute, fields: f.compute.fields.filter((r) => allowed.has(r)) } };
    }),
  };
}

/** Replaces the field at index; references to it and its columns follow renames. */
export function replaceField(def: FormDefinition, index: number, field: FormField): FormDefinition {
  const before = def.fields[index];
  const renames = new Map<string, string>();
  if (before.id !== field.id) {
    renames.set(before.id, field.id);
    for (const c of before.columns ?? []) renames.set(`${before.id}.${c.id}`, `${field.id}.${c.id}`);
  }
  for (const [from, to] of columnRenames(before, field)) renames.set(`${before.id}.${from}`, `${field.id}.${to}`);
  return followRefs({ fields: def.fields.map((f, i) => (i === index ? field : f)) }, renames);
}

export const removeField = (def: FormDefinition, index: number): FormDefinition =>
  followRefs({ fields: def.fields.filter((_, i) => i !== index) }, new Map());

export const fieldIds = (fields: readonly FormField[]) => fields.map((f) => f.id);

export const newFieldId = (fields: readonly FormField[]) => nextId(fieldIds(fields), 'field');
export const newColumnId = (columns: readonly FormField[]) => nextId(fieldIds(columns), 'col');
