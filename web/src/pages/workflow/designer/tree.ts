import type { Branch, BranchStep, ConditionBranch, NewStepKind, Step } from './types';
import { isBranchStep } from './types';

/** A short id, unique enough within one flow: 'step_k3j9x2a1'. */
export const newId = (prefix: 'step' | 'branch') => `${prefix}_${Math.random().toString(36).slice(2, 10)}`;

/** Anything with a `next`: a step or a branch. */
type Holder = { id: string; next: Step | null };

/** Visits every step and every branch, depth first, in drawing order. */
export function walk(step: Step | null, visit: (holder: Holder, kind: 'step' | 'branch') => void): void {
  for (let s = step; s; s = s.next) {
    visit(s, 'step');
    if (isBranchStep(s))
      for (const b of s.branches) {
        visit(b, 'branch');
        walk(b.next, visit);
      }
  }
}

export function findStep(root: Step, id: string): Step | undefined {
  let found: Step | undefined;
  walk(root, (h, kind) => {
    if (kind === 'step' && h.id === id) found = h as Step;
  });
  return found;
}

function findHolder(root: Step, id: string): Holder | undefined {
  let found: Holder | undefined;
  walk(root, (h) => {
    if (h.id === id) found = h;
  });
  return found;
}

/** The step or branch whose `next` is the step with this id. */
function findParent(root: Step, id: string): Holder | undefined {
  let found: Holder | undefined;
  walk(root, (h) => {
    if (h.next?.id === id) found = h;
  });
  return found;
}

/** Names for new steps and branches, in the person's language. */
export interface Names {
  approval: string;
  handle: string;
  cc: string;
  condition: string;
  parallel: string;
  conditionBranch(n: number): string;
  defaultBranch: string;
  parallelBranch(n: number): string;
}

export function createStep(kind: NewStepKind, names: Names): Step {
  const id = newId('step');
  switch (kind) {
    case 'approval':
    case 'handle':
      return { id, type: kind, name: names[kind], assignee: { kind: 'head', level: 1 }, mode: 'any', emptyPolicy: 'toAdmin', next: null };
    case 'cc':
      return { id, type: 'cc', name: names.cc, assignee: { kind: 'initiatorChooses' }, next: null };
    case 'condition':
      return {
        id,
        type: 'condition',
        name: names.condition,
        branches: [
          { id: newId('branch'), name: names.conditionBranch(1), priority: 1, rule: { op: 'and', items: [] }, next: null },
          { id: newId('branch'), name: names.defaultBranch, priority: 2, isDefault: true, next: null },
        ],
        next: null,
      };
    case 'parallel':
      return {
        id,
        type: 'parallel',
        name: names.parallel,
        branches: [1, 2].map((n) => ({ id: newId('branch'), name: names.parallelBranch(n), next: null })),
        next: null,
      };
  }
}

/** Puts `step` right after the step or branch `holderId`; what followed now follows the new step. */
export function insertAfter(root: Step, holderId: string, step: Step): Step {
  const copy = structuredClone(root);
  const holder = findHolder(copy, holderId);
  if (!holder) return root;
  step.next = holder.next;
  holder.next = step;
  return copy;
}

/** Removes a step; a condition or parallel step goes with all its branches. */
export function removeStep(root: Step, id: string): Step {
  const copy = structuredClone(root);
  const parent = findParent(copy, id);
  if (!parent?.next) return root;
  parent.next = parent.next.next;
  return copy;
}

export function replaceStep(root: Step, step: Step): Step {
  if (root.id === step.id) return { ...step, next: root.next } as Step;
  const copy = structuredClone(root);
  const parent = findParent(copy, step.id);
  if (!parent?.next) return root;
  parent.next = { ...step, next: parent.next.next } as Step;
  return copy;
}

/** Condition branches sorted by priority, the default branch last, renumbered 1…n. */
function ordered(branches: ConditionBranch[]): ConditionBranch[] {
  const rank = (b: ConditionBranch) => (b.isDefault ? Infinity : b.priority);
  return [...branches].sort((a, b) => rank(a) - rank(b)).map((b, i) => ({ ...b, priority: i + 1 }));
}

function withBranches(root: Step, stepId: string, change: (s: BranchStep) => void): Step {
  const copy = structuredClone(root);
  const s = findStep(copy, stepId);
  if (!s || !isBranchStep(s)) return root;
  change(s);
  if (s.type === 'condition') s.branches = ordered(s.branches);
  return copy;
}

/** Adds a branch: a condition branch goes before the default one. */
export function addBranch(root: Step, stepId: string, names: Names): Step {
  return withBranches(root, stepId, (s) => {
    const n = s.branches.length;
    if (s.type === 'parallel') s.branches.push({ id: newId('branch'), name: names.parallelBranch(n + 1), next: null });
    else s.branches.push({ id: newId('branch'), name: names.conditionBranch(n), priority: n + 1, rule: { op: 'and', items: [] }, next: null });
  });
}

export function replaceBranch(root: Step, stepId: string, branch: Branch): Step {
  return withBranches(root, stepId, (s) => {
    const i = s.branches.findIndex((b) => b.id === branch.id);
    if (i < 0) return;
    const next = s.branches[i].next;
    if (s.type === 'condition' && 'priority' in branch) {
      // The branch moves to its new priority: before the branch that held that number.
      const moved = { ...branch, next, priority: branch.priority + (branch.priority > s.branches[i].priority ? 0.5 : -0.5) };
      if (moved.isDefault) s.branches.forEach((b) => (b.isDefault = false));
      s.branches[i] = moved;
    } else s.branches[i] = { ...branch, next } as Branch;
  });
}

/**
 * Removes a branch. With two branches left, the condition or parallel step goes away and the
 * remaining branch's chain takes its place.
 */
export function removeBranch(root: Step, stepId: string, branchId: string): Step {
  const s = findStep(root, stepId);
  if (!s || !isBranchStep(s)) return root;
  if (s.branches.length > 2)
    return withBranches(root, stepId, (c) => {
      const i = c.branches.findIndex((b) => b.id === branchId);
      if (i >= 0) c.branches.splice(i, 1);
    });
  const copy = structuredClone(root);
  const parent = findParent(copy, stepId);
  const self = parent?.next;
  if (!parent || !self || !isBranchStep(self)) return root;
  const kept = self.branches.find((b) => b.id !== branchId)?.next ?? null;
  if (!kept) parent.next = self.next;
  else {
    let tail = kept;
    while (tail.next) tail = tail.next;
    tail.next = self.next;
    parent.next = kept;
  }
  return copy;
}
