import type { ConditionStep, ParallelStep, StartStep, Step, TaskStep } from './types.js';

/** Where a step's chain sits: the top level, or one branch of a condition or parallel step. */
export type Container = { kind: 'root' } | { kind: 'condition' | 'parallel'; ownerId: string; branchId: string };

/** A flow tree indexed by step id, with each step's container, for the engine and the validator. */
export class FlowTree {
  private readonly steps = new Map<string, { step: Step; container: Container }>();
  readonly duplicates: string[] = [];

  constructor(readonly root: StartStep) {
    this.walk(root, { kind: 'root' });
  }

  private walk(step: Step | null, container: Container): void {
    for (let s = step; s; s = s.next) {
      if (this.steps.has(s.id)) this.duplicates.push(s.id);
      this.steps.set(s.id, { step: s, container });
      if (s.type === 'condition' || s.type === 'parallel') {
        for (const b of s.branches) this.walk(b.next, { kind: s.type, ownerId: s.id, branchId: b.id });
      }
    }
  }

  get(id: string): Step {
    const found = this.steps.get(id);
    if (!found) throw new Error(`unknown step ${id}`);
    return found.step;
  }

  has(id: string): boolean {
    return this.steps.has(id);
  }

  containerOf(id: string): Container {
    return this.steps.get(id)!.container;
  }

  all(): Step[] {
    return [...this.steps.values()].map((s) => s.step);
  }

  taskSteps(): TaskStep[] {
    return this.all().filter((s): s is TaskStep => s.type === 'approval' || s.type === 'handle');
  }

  owner(id: string): ConditionStep | ParallelStep {
    return this.get(id) as ConditionStep | ParallelStep;
  }

  /**
   * Where to re-enter the flow to reach a step again: the step itself, or, when it lies inside a
   * parallel branch, the outermost parallel step around it — a join only completes when every
   * branch is walked again.
   */
  entryFor(id: string): Step {
    let entry = this.get(id);
    for (let c = this.containerOf(id); c.kind !== 'root'; c = this.containerOf(c.ownerId)) {
      if (c.kind === 'parallel') entry = this.get(c.ownerId);
    }
    return entry;
  }
}
