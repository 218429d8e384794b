/**
 * The flow and form contracts, taken from the server's own definitions (types only: nothing of the
 * server is bundled into the web app).
 */
export type {
  AssigneeRule,
  ConditionBranch,
  ConditionStep,
  FieldRight,
  ParallelBranch,
  ParallelStep,
  RuleGroup,
  RuleItem,
  StartStep,
  Step,
  TaskStep,
  CcStep,
  TimeLimit,
} from '@server/modules/workflow/definition/types';
export type { FormDefinition, FormField } from '@server/modules/workflow/forms/types';

import type { ConditionStep, ParallelStep, Step } from '@server/modules/workflow/definition/types';

export type BranchStep = ConditionStep | ParallelStep;
export type Branch = BranchStep['branches'][number];
/** What can be added at a "+": the kinds of step a person draws. */
export type NewStepKind = 'approval' | 'handle' | 'cc' | 'condition' | 'parallel';

/** A card the person clicked: a step, or one branch of a condition/parallel step. */
export interface Selection {
  stepId: string;
  branchId?: string;
}

/** Problems by step id (or branch id, or "flow" for the whole), as the server's FLOW_INVALID reply gives them. */
export type FlowErrors = Record<string, string>;

export interface Highlight {
  passed: string[];
  current: string[];
}

export const isBranchStep = (s: Step): s is BranchStep => s.type === 'condition' || s.type === 'parallel';
