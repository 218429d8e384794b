import type { FlowTask } from '../../../platform/db/schema.js';
import { nowIso } from '../../../platform/util.js';
import type { TaskStep } from '../definition/types.js';
import type { Run } from './run.js';
import { scheduleTimeLimit } from './timers.js';
import { notifyTask } from '../../notifications/index.js';

const OPEN = ['pending', 'queued'] as const;

async function stepTasks(run: Run, stepId: string): Promise<FlowTask[]> {
  return run.w.tx
    .selectFrom('flow_tasks')
    .selectAll()
    .where('instance_id', '=', run.instance.id)
    .where('step_id', '=', stepId)
    .where('round', '=', run.state.round)
    .where('kind', '!=', 'cc')
    .orderBy('seq')
    .execute();
}

async function activate(run: Run, task: FlowTask, step: TaskStep): Promise<void> {
  await run.w.tx.updateTable('flow_tasks').set({ status: 'pending', wait_task_id: null, created_at: nowIso() }).where('id', '=', task.id).execute();
  run.w.emit({ type: 'workflow.task.created', payload: { taskId: task.id, instanceId: run.instance.id, stepId: step.id, userId: task.assignee_user_id, kind: task.kind } });
  await notifyTask(run.w, 'created', { taskId: task.id, userIds: [task.assignee_user_id] });
  if (step.timeLimit) await scheduleTimeLimit(run, { ...task, status: 'pending' }, step.timeLimit);
}

async function cancelOpen(run: Run, tasks: FlowTask[]): Promise<void> {
  const ids = tasks.filter((t) => OPEN.includes(t.status as (typeof OPEN)[number])).map((t) => t.id);
  if (ids.length) {
    await run.w.tx.updateTable('flow_tasks').set({ status: 'cancelled', outcome: 'notNeeded', completed_at: nowIso() }).where('id', 'in', ids).execute();
  }
}

/**
 * After a task of a step is done: wake who waited on it, then decide whether the step is complete
 * (或签: the first approval; 会签: everyone, or the pass ratio; 依次: the last in the queue).
 */
export async function afterTaskDone(run: Run, task: FlowTask, step: TaskStep): Promise<void> {
  const read = await stepTasks(run, step.id);
  const woken = read.filter((t) => t.status === 'queued' && t.wait_task_id === task.id);
  for (const waiting of woken) await activate(run, waiting, step);
  const tasks = read.map((t): FlowTask => (woken.includes(t) ? { ...t, status: 'pending', wait_task_id: null } : t));
  const open = tasks.filter((t) => t.status === 'pending' || t.status === 'queued');
  if (step.mode === 'any' && task.completes_step && task.outcome !== 'rejected') {
    await cancelOpen(run, open);
    return run.continueAfter(step);
  }
  if (step.mode === 'all' && step.passRatio !== undefined) {
    const counted = tasks.filter((t) => t.status !== 'cancelled' && t.completes_step);
    const approved = counted.filter((t) => t.outcome === 'approved').length;
    if (approved / counted.length >= step.passRatio) {
      await cancelOpen(run, open);
      return run.continueAfter(step);
    }
    if ((approved + open.filter((t) => t.completes_step).length) / counted.length < step.passRatio) return run.finish('rejected');
  }
  if (open.some((t) => t.status === 'pending')) return;
  const next = open.find((t) => t.status === 'queued' && !t.wait_task_id);
  if (next) return activate(run, next, step);
  if (!open.length) return run.continueAfter(step);
}

export async function completeTask(run: Run, task: FlowTask, outcome: string, opinion = '', patch: Partial<FlowTask> = {}): Promise<FlowTask> {
  const done: FlowTask = { ...task, ...patch, status: 'done', outcome, opinion, completed_at: nowIso() };
  await run.w.tx
    .updateTable('flow_tasks')
    .set({ status: 'done', outcome, opinion, completed_at: done.completed_at, completes_step: done.completes_step })
    .where('id', '=', task.id)
    .execute();
  run.w.emit({ type: 'workflow.task.completed', payload: { taskId: task.id, instanceId: run.instance.id, stepId: task.step_id, outcome } });
  return done;
}
