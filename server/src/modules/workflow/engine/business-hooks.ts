import type { Dialect, Tx } from '../../../platform/db/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Work } from '../../../platform/command.js';
import type { FlowInstance, FlowTask } from '../../../platform/db/schema.js';
import type { TaskStep } from '../definition/types.js';

/** One action on a task of an instance bound to a business object, seen from inside its transaction. */
export interface TaskActionEvent {
  /** The action's command: its audit records and events (published after commit) join the action's. */
  w: Work;
  tx: Tx;
  dialect: Dialect;
  ctx: Ctx;
  /** The instance after the action (its status tells whether the flow has ended). */
  instance: FlowInstance;
  task: FlowTask;
  step: TaskStep;
  action: string;
  opinion: string;
  /** The instance's form values after the action (a step may change the fields it has rights on). */
  form: Record<string, unknown>;
}

export type TaskActionHook = (event: TaskActionEvent) => Promise<void>;

const hooks = new Map<string, TaskActionHook>();

/**
 * A business module (documents, meetings …) follows the tasks of the instances bound to its objects
 * here: the hook runs in the action's transaction, so it may refuse the action by throwing
 * (e.g. 编号 not taken yet) or record what the action means for the object, atomically with it.
 */
export function registerTaskActionHook(businessType: string, hook: TaskActionHook): void {
  hooks.set(businessType, hook);
}

export async function runTaskActionHook(event: Omit<TaskActionEvent, 'step'> & { step: TaskStep | undefined }): Promise<void> {
  const hook = event.instance.business_type ? hooks.get(event.instance.business_type) : undefined;
  if (hook && event.step) await hook({ ...event, step: event.step });
}
