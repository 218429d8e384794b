import { z } from 'zod';

/**
 * A flow is a DingTalk-style tree: each step points to the `next` one; condition and parallel
 * steps hold branch lists whose chains rejoin at the step's own `next`. The end is implicit
 * (a chain whose last `next` is null ends there).
 */

export const FIELD_RIGHTS = ['editable', 'readonly', 'hidden', 'required'] as const;
export type FieldRight = (typeof FIELD_RIGHTS)[number];

export const assigneeRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('users'), userIds: z.array(z.string()).min(1).max(100) }),
  z.strictObject({ kind: z.literal('role'), roleId: z.string() }),
  /** Holders of a post; `initiatorDepartment` narrows to the initiator's department and its parents. */
  z.strictObject({ kind: z.literal('post'), postId: z.string(), scope: z.enum(['all', 'initiatorDepartment']).default('all') }),
  /** The initiator's head N levels up (1 = 直接主管). */
  z.strictObject({ kind: z.literal('head'), level: z.number().int().min(1).max(10) }),
  /** Every head from level 1 up to N, one after another (连续多级主管). */
  z.strictObject({ kind: z.literal('headChain'), upTo: z.number().int().min(1).max(10) }),
  z.strictObject({ kind: z.literal('departmentHead'), departmentId: z.string() }),
  z.strictObject({ kind: z.literal('initiatorChooses') }),
  z.strictObject({ kind: z.literal('previousChooses') }),
  z.strictObject({ kind: z.literal('initiator') }),
  /** A person field (its users) or a department field (that department's head). */
  z.strictObject({ kind: z.literal('formField'), fieldId: z.string() }),
]);
export type AssigneeRule = z.infer<typeof assigneeRule>;

export const timeLimit = z.strictObject({
  amount: z.number().positive().max(365),
  unit: z.enum(['workday', 'hour']),
  /** Hours before the due time to send a reminder; none when absent. */
  remindBeforeHours: z.number().positive().max(240).optional(),
  onOverdue: z.enum(['none', 'autoApprove', 'autoTransfer']).default('none'),
  transferToUserId: z.string().optional(),
});
export type TimeLimit = z.infer<typeof timeLimit>;

const fieldRights = z.record(z.string(), z.enum(FIELD_RIGHTS));

const ruleItem = z.strictObject({
  field: z.string(),
  cmp: z.enum(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'in', 'contains']),
  value: z.unknown(),
});
export type RuleItem = z.infer<typeof ruleItem>;
export interface RuleGroup {
  op: 'and' | 'or';
  items: (RuleItem | RuleGroup)[];
}
export const ruleGroup: z.ZodType<RuleGroup> = z.lazy(() =>
  z.strictObject({ op: z.enum(['and', 'or']), items: z.array(z.union([ruleItem, ruleGroup])).max(50) }),
);

const stepBase = { id: z.string().min(1).max(64), name: z.string().trim().min(1).max(60) };

export interface StartStep { id: string; name: string; type: 'start'; fieldRights?: Record<string, FieldRight>; next: Step | null }
export interface TaskStep {
  id: string;
  name: string;
  type: 'approval' | 'handle';
  assignee: AssigneeRule;
  /** serial 依次, all 会签 (optionally a pass ratio), any 或签. */
  mode: 'serial' | 'all' | 'any';
  passRatio?: number;
  /** When the rule finds nobody: pass on, give it to the flow administrator, or refuse at start. */
  emptyPolicy: 'autoPass' | 'toAdmin' | 'refuse';
  autoPassIfApprovedBefore?: boolean;
  autoPassIfInitiator?: boolean;
  /** What the business object bound to the instance does at this step (e.g. a document's 签发 or 编号); the engine only carries it. */
  purpose?: string;
  timeLimit?: TimeLimit;
  fieldRights?: Record<string, FieldRight>;
  next: Step | null;
}
export interface CcStep { id: string; name: string; type: 'cc'; assignee: AssigneeRule; next: Step | null }
export interface ConditionBranch { id: string; name: string; priority: number; isDefault?: boolean; rule?: RuleGroup; next: Step | null }
export interface ConditionStep { id: string; name: string; type: 'condition'; branches: ConditionBranch[]; next: Step | null }
export interface ParallelBranch { id: string; name: string; next: Step | null }
export interface ParallelStep { id: string; name: string; type: 'parallel'; branches: ParallelBranch[]; next: Step | null }
export type Step = StartStep | TaskStep | CcStep | ConditionStep | ParallelStep;

export const step: z.ZodType<Step> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ ...stepBase, type: z.literal('start'), fieldRights: fieldRights.optional(), next: step.nullable() }),
    z.strictObject({
      ...stepBase,
      type: z.enum(['approval', 'handle']),
      assignee: assigneeRule,
      mode: z.enum(['serial', 'all', 'any']),
      passRatio: z.number().gt(0).max(1).optional(),
      emptyPolicy: z.enum(['autoPass', 'toAdmin', 'refuse']),
      autoPassIfApprovedBefore: z.boolean().optional(),
      autoPassIfInitiator: z.boolean().optional(),
      purpose: z.string().regex(/^[a-z][a-zA-Z]{0,31}$/).optional(),
      timeLimit: timeLimit.optional(),
      fieldRights: fieldRights.optional(),
      next: step.nullable(),
    }),
    z.strictObject({ ...stepBase, type: z.literal('cc'), assignee: assigneeRule, next: step.nullable() }),
    z.strictObject({
      ...stepBase,
      type: z.literal('condition'),
      branches: z
        .array(
          z.strictObject({
            ...stepBase,
            priority: z.number().int().min(0).max(1000),
            isDefault: z.boolean().optional(),
            rule: ruleGroup.optional(),
            next: step.nullable(),
          }),
        )
        .min(2)
        .max(20),
      next: step.nullable(),
    }),
    z.strictObject({
      ...stepBase,
      type: z.literal('parallel'),
      branches: z.array(z.strictObject({ ...stepBase, next: step.nullable() })).min(2).max(20),
      next: step.nullable(),
    }),
  ]),
) as z.ZodType<Step>;

/** The root of every flow is its start step. */
export const flowTree = step.refine((s) => s.type === 'start', { params: { key: 'workflow.rootNotStart' } });
