import type { T } from '../../../app/i18n';
import type { RuleField } from './fields';
import type { AssigneeRule, RuleGroup, RuleItem, TaskStep } from './types';

/** Looks up the display name of a user, role, post or department id; undefined when unknown. */
export type ResolveName = (id: string) => string | undefined;

/** One line saying who an assignee rule picks: "直接主管", "岗位：分管领导", "张三、李四". */
export function describeAssignee(rule: AssigneeRule, t: T, resolve: ResolveName, fieldLabel: (id: string) => string | undefined): string {
  const named = (key: string, id: string) => {
    const name = id ? resolve(id) : undefined;
    return name ? t(`designer.summary.${key}`, { name }) : t(`designer.assignee.${rule.kind}`);
  };
  switch (rule.kind) {
    case 'users': {
      const names = rule.userIds.map(resolve);
      if (rule.userIds.length === 0) return t('designer.summary.noUsers');
      if (names.some((n) => n === undefined)) return t('designer.summary.someUsers', { count: rule.userIds.length });
      return names.length <= 3 ? names.join('、') : t('designer.summary.users', { names: names.slice(0, 2).join('、'), count: names.length });
    }
    case 'role':
      return named('role', rule.roleId);
    case 'post':
      return named(rule.scope === 'initiatorDepartment' ? 'postOwn' : 'post', rule.postId);
    case 'head':
      return rule.level === 1 ? t('designer.summary.head1') : t('designer.summary.head', { level: rule.level });
    case 'headChain':
      return t('designer.summary.headChain', { level: rule.upTo });
    case 'departmentHead':
      return named('departmentHead', rule.departmentId);
    case 'formField': {
      const label = fieldLabel(rule.fieldId);
      return label ? t('designer.summary.formField', { name: label }) : t('designer.assignee.formField');
    }
    default:
      return t(`designer.assignee.${rule.kind}`);
  }
}

/** Whether the rule can pick several people, so that 依次/会签/或签 matters. */
export const mayPickSeveral = (rule: AssigneeRule) => !['head', 'headChain', 'departmentHead', 'initiator'].includes(rule.kind);

export function describeMode(step: TaskStep, t: T): string | undefined {
  if (!mayPickSeveral(step.assignee)) return undefined;
  if (step.mode === 'all' && step.passRatio !== undefined && step.passRatio < 1)
    return t('designer.summary.ratio', { percent: Math.round(step.passRatio * 100) });
  return t(`designer.mode.${step.mode}`);
}

function describeValue(item: RuleItem, field: RuleField | undefined, resolve: ResolveName): string {
  const one = (v: unknown): string => {
    if (field?.kind === 'money' && typeof v === 'number') return (v / 100).toLocaleString();
    if (typeof v !== 'string') return String(v ?? '');
    return field?.options?.find((o) => o.value === v)?.label ?? (field?.kind === 'person' || field?.kind === 'department' ? (resolve(v) ?? v) : v);
  };
  return Array.isArray(item.value) ? item.value.map(one).join('、') : one(item.value);
}

/** "请假天数 > 3 且 类型 = 事假"; a nested group goes in brackets. */
export function describeRule(group: RuleGroup, t: T, fields: RuleField[], resolve: ResolveName): string {
  const parts = group.items.map((item) => {
    if ('op' in item) return `(${describeRule(item, t, fields, resolve)})`;
    const field = fields.find((f) => f.key === item.field);
    return `${field?.label ?? item.field} ${t(`designer.cmpShort.${item.cmp}`)} ${describeValue(item, field, resolve)}`;
  });
  return parts.join(t(group.op === 'and' ? 'designer.rule.andJoin' : 'designer.rule.orJoin'));
}
