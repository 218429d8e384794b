import type { FormDefinition, FormField, RuleItem } from './types';

/** How a condition treats a form field: which comparators apply and which value input it needs. */
export type RuleFieldKind = 'number' | 'money' | 'date' | 'choice' | 'multi' | 'text' | 'person' | 'department';

export interface RuleField {
  /** The field id, or "<dateRangeId>.days" for the workdays of a date range. */
  key: string;
  label: string;
  kind: RuleFieldKind;
  options?: { label: string; value: string }[];
}

export type Cmp = RuleItem['cmp'];

export const COMPARATORS: Record<RuleFieldKind, Cmp[]> = {
  number: ['gt', 'ge', 'lt', 'le', 'eq', 'ne'],
  money: ['gt', 'ge', 'lt', 'le', 'eq', 'ne'],
  date: ['gt', 'ge', 'lt', 'le', 'eq'],
  choice: ['eq', 'ne', 'in'],
  multi: ['contains'],
  text: ['eq', 'ne', 'contains'],
  person: ['contains'],
  department: ['contains'],
};

const KIND: Partial<Record<FormField['type'], RuleFieldKind>> = {
  number: 'number',
  computed: 'number',
  money: 'money',
  date: 'date',
  select: 'choice',
  radio: 'choice',
  checkbox: 'multi',
  text: 'text',
  textarea: 'text',
  person: 'person',
  department: 'department',
};

/** The form's fields a condition can test; a date range offers its length in workdays. */
export function ruleFields(form: FormDefinition | undefined, daysLabel: (label: string) => string): RuleField[] {
  return (form?.fields ?? []).flatMap((f): RuleField[] => {
    if (f.type === 'dateRange') return [{ key: `${f.id}.days`, label: daysLabel(f.label), kind: 'number' }];
    const kind = KIND[f.type];
    return kind ? [{ key: f.id, label: f.label, kind, options: f.options }] : [];
  });
}

/** Person and department fields: the ones an assignee rule can take people from. */
export const assigneeFields = (form: FormDefinition | undefined) =>
  (form?.fields ?? []).filter((f) => f.type === 'person' || f.type === 'department');

/** Whether a rule's field reference ("id" or "rangeId.days") names a usable field of the form. */
export function ruleFieldExists(form: FormDefinition | undefined, key: string): boolean {
  const [id, part] = key.split('.');
  const f = form?.fields.find((x) => x.id === id);
  if (!f) return false;
  return part === undefined ? f.type !== 'dateRange' && KIND[f.type] !== undefined : part === 'days' && f.type === 'dateRange';
}
