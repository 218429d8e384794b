import type { MessageKey, Params } from '../../../platform/i18n/index.js';
import type { FormDefinition, FormField } from '../forms/types.js';
import { FlowTree } from './tree.js';
import type { AssigneeRule, RuleGroup, RuleItem, Step } from './types.js';

export interface FlowProblem {
  /** A step id, or "form.<fieldId>", or "flow" for the whole. */
  at: string;
  key: MessageKey;
  params?: Params;
}

/** Field ids a rule or assignee may name: every field, plus "<dateRange>.days". */
function fieldIndex(form: FormDefinition): Map<string, FormField> {
  const index = new Map<string, FormField>();
  for (const f of form.fields) {
    index.set(f.id, f);
    if (f.type === 'dateRange') index.set(`${f.id}.days`, { ...f, type: 'number' });
  }
  return index;
}

function ruleFields(group: RuleGroup): string[] {
  return group.items.flatMap((item) => ('op' in item ? ruleFields(item) : [(item as RuleItem).field]));
}

function assigneeProblems(stepId: string, rule: AssigneeRule, fields: Map<string, FormField>): FlowProblem[] {
  if (rule.kind !== 'formField') return [];
  const field = fields.get(rule.fieldId);
  if (!field || (field.type !== 'person' && field.type !== 'department')) {
    return [{ at: stepId, key: 'workflow.assigneeFieldInvalid', params: { field: rule.fieldId } }];
  }
  return [];
}

function stepProblems(step: Step, fields: Map<string, FormField>): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const rights = 'fieldRights' in step ? step.fieldRights ?? {} : {};
  for (const fieldId of Object.keys(rights)) {
    if (!fields.has(fieldId)) problems.push({ at: step.id, key: 'workflow.unknownField', params: { field: fieldId } });
  }
  switch (step.type) {
    case 'approval':
    case 'handle':
      problems.push(...assigneeProblems(step.id, step.assignee, fields));
      if (step.passRatio !== undefined && step.mode !== 'all') problems.push({ at: step.id, key: 'workflow.passRatioNeedsAll' });
      if (step.timeLimit?.onOverdue === 'autoTransfer' && !step.timeLimit.transferToUserId) {
        problems.push({ at: step.id, key: 'workflow.transferTargetMissing' });
      }
      break;
    case 'cc':
      problems.push(...assigneeProblems(step.id, step.assignee, fields));
      break;
    case 'condition': {
      const defaults = step.branches.filter((b) => b.isDefault).length;
      if (defaults !== 1) problems.push({ at: step.id, key: 'workflow.conditionDefault' });
      for (const b of step.branches) {
        if (b.isDefault) continue;
        if (!b.rule || !ruleFields(b.rule).length) problems.push({ at: b.id, key: 'workflow.branchNoRule' });
        for (const f of b.rule ? ruleFields(b.rule) : []) {
          if (!fields.has(f)) problems.push({ at: b.id, key: 'workflow.unknownField', params: { field: f } });
        }
      }
      break;
    }
    default:
      break;
  }
  return problems;
}

/**
 * What stops a flow from being published, each problem naming the step it is on. A tree always
 * reaches its end, so the structural checks are: the root is the start, ids are unique, at least
 * one approval or handle step exists, every condition has exactly one default branch and rules
 * on existing fields, and every referenced form field exists.
 */
export function validateFlow(root: Step, form: FormDefinition): FlowProblem[] {
  if (root.type !== 'start') return [{ at: root.id, key: 'workflow.rootNotStart' }];
  const tree = new FlowTree(root);
  const fields = fieldIndex(form);
  const problems: FlowProblem[] = tree.duplicates.map((id) => ({ at: id, key: 'workflow.duplicateStepId' as const }));
  if (!tree.taskSteps().length) problems.push({ at: 'flow', key: 'workflow.noTaskStep' });
  for (const step of tree.all()) problems.push(...stepProblems(step, fields));
  return problems;
}
