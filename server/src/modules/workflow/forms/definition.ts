import type { MessageKey, Params } from '../../../platform/i18n/index.js';
import type { FieldType, FormDefinition, FormField } from './types.js';

/** One fault in a form definition; `fieldId` is "id", or "tableId.columnId" for a column. */
export interface DefinitionProblem {
  fieldId: string;
  key: MessageKey;
  params?: Params;
}

const CHOICE_TYPES: readonly FieldType[] = ['select', 'radio', 'checkbox'];
const NUMERIC_COLUMN_TYPES: readonly FieldType[] = ['number', 'money'];
const NUMERIC_TYPES: readonly FieldType[] = [...NUMERIC_COLUMN_TYPES, 'computed'];
const NOT_IN_TABLE: readonly FieldType[] = ['computed', 'description'];

function duplicateIds(fields: FormField[], prefix: string): DefinitionProblem[] {
  const seen = new Set<string>();
  const problems: DefinitionProblem[] = [];
  for (const field of fields) {
    if (seen.has(field.id)) problems.push({ fieldId: prefix + field.id, key: 'form.duplicateId', params: { id: field.id } });
    seen.add(field.id);
  }
  return problems;
}

function optionProblems(field: FormField, fieldId: string): DefinitionProblem[] {
  if (!CHOICE_TYPES.includes(field.type)) return [];
  const options = field.options ?? [];
  if (options.length === 0) return [{ fieldId, key: 'form.optionsMissing' }];
  const seen = new Set<string>();
  const problems: DefinitionProblem[] = [];
  for (const { value } of options) {
    if (seen.has(value)) problems.push({ fieldId, key: 'form.duplicateOption', params: { value } });
    seen.add(value);
  }
  return problems;
}

function rangeProblems(field: FormField, fieldId: string): DefinitionProblem[] {
  return field.min !== undefined && field.max !== undefined && field.min > field.max
    ? [{ fieldId, key: 'form.minAboveMax' }]
    : [];
}

function columnProblems(table: FormField): DefinitionProblem[] {
  const columns = table.columns ?? [];
  if (columns.length === 0) return [{ fieldId: table.id, key: 'form.columnsMissing' }];
  const problems = duplicateIds(columns, `${table.id}.`);
  for (const column of columns) {
    const fieldId = `${table.id}.${column.id}`;
    if (column.type === 'table') problems.push({ fieldId, key: 'form.nestedTable' });
    else if (NOT_IN_TABLE.includes(column.type)) problems.push({ fieldId, key: 'form.columnType' });
    problems.push(...optionProblems(column, fieldId), ...rangeProblems(column, fieldId));
  }
  return problems;
}

/** The type a compute reference points at, or undefined when it names nothing. */
function referencedType(ref: string, byId: Map<string, FormField>): FieldType | undefined {
  const [id = '', columnId, ...rest] = ref.split('.');
  const field = byId.get(id);
  if (!field || rest.length > 0) return undefined;
  if (columnId === undefined) return field.type;
  if (field.type !== 'table') return undefined;
  return field.columns?.find((c) => c.id === columnId)?.type;
}

function computeProblems(field: FormField, byId: Map<string, FormField>): DefinitionProblem[] {
  if (field.type !== 'computed') return [];
  if (!field.compute || field.compute.fields.length === 0) return [{ fieldId: field.id, key: 'form.computeMissing' }];
  const problems: DefinitionProblem[] = [];
  for (const ref of field.compute.fields) {
    const type = referencedType(ref, byId);
    const numeric = ref.includes('.') ? NUMERIC_COLUMN_TYPES : NUMERIC_TYPES;
    if (type === undefined) problems.push({ fieldId: field.id, key: 'form.computeUnknownField', params: { field: ref } });
    else if (!numeric.includes(type)) problems.push({ fieldId: field.id, key: 'form.computeNotNumeric', params: { field: ref } });
  }
  return problems;
}

function reaches(refs: Map<string, string[]>, from: string, target: string, seen: Set<string>): boolean {
  for (const next of refs.get(from) ?? []) {
    if (next === target) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    if (reaches(refs, next, target, seen)) return true;
  }
  return false;
}

/** Computed fields that lie on a cycle of references between computed fields (self included). */
function computedCycles(fields: FormField[]): string[] {
  const refs = new Map(
    fields.filter((f) => f.type === 'computed').map((f) => [f.id, (f.compute?.fields ?? []).filter((r) => !r.includes('.'))]),
  );
  return [...refs.keys()].filter((id) => reaches(refs, id, id, new Set()));
}

/** Every fault in a definition that the designer must fix before publishing; [] when sound. */
export function checkDefinition(def: FormDefinition): DefinitionProblem[] {
  const byId = new Map<string, FormField>();
  for (const field of def.fields) if (!byId.has(field.id)) byId.set(field.id, field);
  const problems = duplicateIds(def.fields, '');
  for (const field of def.fields) {
    problems.push(...optionProblems(field, field.id), ...rangeProblems(field, field.id), ...computeProblems(field, byId));
    if (field.type === 'table') problems.push(...columnProblems(field));
  }
  for (const id of computedCycles(def.fields)) problems.push({ fieldId: id, key: 'form.computeCycle' });
  return problems;
}
