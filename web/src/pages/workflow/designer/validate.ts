import { initialLocale, translate } from '../../../app/i18n';
import { assigneeFields, ruleFieldExists } from './fields';
import { walk } from './tree';
import type { AssigneeRule, Branch, FlowErrors, FormDefinition, RuleGroup, Step } from './types';
import './i18n';

const msg = (key: string, params?: Record<string, string | number>) => translate(initialLocale(), `designer.invalid.${key}`, params);

/** What is missing from an assignee rule, if anything. */
export function assigneeProblem(rule: AssigneeRule | undefined, form: FormDefinition | undefined): string | undefined {
  if (!rule) return msg('noAssignee');
  switch (rule.kind) {
    case 'users':
      return rule.userIds.length ? undefined : msg('noUsers');
    case 'role':
      return rule.roleId ? undefined : msg('noRole');
    case 'post':
      return rule.postId ? undefined : msg('noPost');
    case 'departmentHead':
      return rule.departmentId ? undefined : msg('noDepartment');
    case 'formField':
      return assigneeFields(form).some((f) => f.id === rule.fieldId) ? undefined : msg('noField');
    default:
      return undefined;
  }
}

function ruleProblem(group: RuleGroup, form: FormDefinition | undefined): string | undefined {
  if (group.items.length === 0) return msg('emptyRule');
  for (const item of group.items) {
    const problem =
      'op' in item
        ? ruleProblem(item, form)
        : !ruleFieldExists(form, item.field)
          ? msg('ruleField')
          : item.value === undefined || item.value === '' || (Array.isArray(item.value) && item.value.length === 0)
            ? msg('ruleValue')
            : undefined;
    if (problem) return problem;
  }
  return undefined;
}

function stepProblem(step: Step, form: FormDefinition | undefined): string | undefined {
  const rights = 'fieldRights' in step ? Object.keys(step.fieldRights ?? {}) : [];
  if (rights.some((id) => !form?.fields.some((f) => f.id === id))) return msg('rightsField');
  switch (step.type) {
    case 'approval':
    case 'handle':
      if (step.timeLimit?.onOverdue === 'autoTransfer' && !step.timeLimit.transferToUserId) return msg('noTransferTarget');
      return assigneeProblem(step.assignee, form);
    case 'cc':
      return assigneeProblem(step.assignee, form);
    case 'condition': {
      const defaults = step.branches.filter((b) => b.isDefault).length;
      if (step.branches.length < 2) return msg('fewBranches');
      return defaults === 1 ? undefined : msg(defaults === 0 ? 'noDefault' : 'manyDefaults');
    }
    case 'parallel':
      return step.branches.length < 2 ? msg('fewBranches') : undefined;
    default:
      return undefined;
  }
}

function branchProblem(branch: Branch, form: FormDefinition | undefined): string | undefined {
  if (!('priority' in branch) || branch.isDefault) return undefined;
  return branch.rule ? ruleProblem(branch.rule, form) : msg('emptyRule');
}

/**
 * Quick checks before publishing, so that mistakes show on their cards at once; the server's
 * validation stays the authority. Keys are step ids (or branch ids), or "flow" for the whole.
 */
export function validateTreeClient(tree: Step, form: FormDefinition | undefined): FlowErrors {
  const errors: FlowErrors = {};
  if (tree.type !== 'start') errors[tree.id] = msg('rootNotStart');
  let tasks = 0;
  walk(tree, (holder, kind) => {
    if (kind === 'step' && ((holder as Step).type === 'approval' || (holder as Step).type === 'handle')) tasks++;
    const named = holder as Step | Branch;
    const problem = !named.name.trim()
      ? msg('noName')
      : kind === 'step'
        ? stepProblem(named as Step, form)
        : branchProblem(named as Branch, form);
    if (problem) errors[holder.id] = problem;
  });
  if (tasks === 0) errors.flow = msg('noTaskStep');
  return errors;
}

/** Splits a refused publish's messages: step (or branch) ids for the drawing, "form.<fieldId>" for the form. */
export function splitPublishErrors(fields: Record<string, string>): { flow: FlowErrors; form: Record<string, string> } {
  const flow: FlowErrors = {};
  const form: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    if (key.startsWith('form.')) form[key.slice(5)] = message;
    else flow[key] = message;
  }
  return { flow, form };
}
