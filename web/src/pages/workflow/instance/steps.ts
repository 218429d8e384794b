import type { Step, TaskStep } from '../designer/types';
import type { ChooseStep } from '../start/ChooseAssignees';

const isTaskStep = (s: Step): s is TaskStep => s.type === 'approval' || s.type === 'handle';

/** Every step of a flow, branches included, in drawing order. */
function allSteps(root: Step): Step[] {
  const out: Step[] = [];
  const walk = (s: Step | null) => {
    for (let cur = s; cur; cur = cur.next) {
      out.push(cur);
      if (cur.type === 'condition' || cur.type === 'parallel') cur.branches.forEach((b) => walk(b.next));
    }
  };
  walk(root);
  return out;
}

export const taskSteps = (root: Step): TaskStep[] => allSteps(root).filter(isTaskStep);

/** Steps whose people the initiator picks (for submitting a draft). */
export const initiatorChooses = (root: Step): ChooseStep[] =>
  allSteps(root)
    .filter((s) => (isTaskStep(s) || s.type === 'cc') && s.assignee.kind === 'initiatorChooses')
    .map((s) => ({ stepId: s.id, name: s.name }));

/**
 * Steps right after `stepId` (up to the next approval or handle step, into every branch) whose
 * people the one who acts now picks: "chosen by the previous handler".
 */
export function previousChooses(root: Step, stepId: string): ChooseStep[] {
  const from = allSteps(root).find((s) => s.id === stepId);
  const found: ChooseStep[] = [];
  const walk = (s: Step | null) => {
    for (let cur = s; cur; cur = cur.next) {
      if ((isTaskStep(cur) || cur.type === 'cc') && cur.assignee.kind === 'previousChooses') found.push({ stepId: cur.id, name: cur.name });
      if (isTaskStep(cur)) return;
      if (cur.type === 'condition' || cur.type === 'parallel') cur.branches.forEach((b) => walk(b.next));
    }
  };
  walk(from?.next ?? null);
  return found;
}
