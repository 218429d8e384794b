import type { ConditionBranch, ConditionStep, RuleGroup, RuleItem } from '../definition/types.js';
import type { FormValues } from '../forms/types.js';

/** A form value by field id, or "<dateRange>.days". */
export function fieldValue(values: FormValues, field: string): unknown {
  const [id, sub] = field.split('.');
  const value = values[id!];
  if (sub && value && typeof value === 'object') return (value as Record<string, unknown>)[sub];
  return value;
}

const asNumber = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);

function compare(item: RuleItem, values: FormValues): boolean {
  const actual = fieldValue(values, item.field);
  const expected = item.value;
  switch (item.cmp) {
    case 'eq':
      return Array.isArray(actual) ? actual.includes(expected) : actual === expected || asNumber(actual) === asNumber(expected);
    case 'ne':
      return !compare({ ...item, cmp: 'eq' }, values);
    case 'lt':
      return asNumber(actual) < asNumber(expected);
    case 'le':
      return asNumber(actual) <= asNumber(expected);
    case 'gt':
      return asNumber(actual) > asNumber(expected);
    case 'ge':
      return asNumber(actual) >= asNumber(expected);
    case 'in':
      return Array.isArray(expected) && (Array.isArray(actual) ? actual.some((a) => expected.includes(a)) : expected.includes(actual));
    case 'contains':
      return Array.isArray(actual)
        ? actual.includes(expected)
        : typeof actual === 'string' && typeof expected === 'string' && actual.includes(expected);
  }
}

export function matches(group: RuleGroup, values: FormValues): boolean {
  const results = group.items.map((item) => ('op' in item ? matches(item as RuleGroup, values) : compare(item as RuleItem, values)));
  return group.op === 'and' ? results.every(Boolean) : results.some(Boolean);
}

/** The first matching branch by priority (lower first), else the default branch. */
export function chooseBranch(step: ConditionStep, values: FormValues): ConditionBranch {
  const ordered = [...step.branches].filter((b) => !b.isDefault).sort((a, b) => a.priority - b.priority);
  return ordered.find((b) => b.rule && matches(b.rule, values)) ?? step.branches.find((b) => b.isDefault)!;
}
