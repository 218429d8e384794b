import type { Core, Ctx } from '../../../platform/context.js';
import type { FlowTask } from '../../../platform/db/schema.js';
import { AppError, invalid } from '../../../platform/errors.js';
import { afterTaskDone, completeTask } from './steps.js';
import { onTask, type ActionInput } from './task-actions.js';
import type { TaskStep } from '../definition/types.js';

export type SignerPosition = 'before' | 'after' | 'alongside';

/**
 * 加签: before me (they act first, then my task comes back to me), after me (I approve now and
 * they must approve after me before the step can complete), alongside me (one more approver in
 * the step, under the step's mode).
 */
export const addSigner = (core: Core, ctx: Ctx, taskId: string, input: ActionInput & { userIds: string[]; position: SignerPosition }) =>
  onTask(core, ctx, taskId, input, 'addSigner', async (run, task) => {
    const step = run.tree.get(task.step_id);
    if (step.type !== 'approval' && step.type !== 'handle') throw new AppError('WRONG_TASK_KIND', 409, 'workflow.wrongTaskKind');
    const users = [...new Set(input.userIds)].filter((u) => u !== task.assignee_user_id);
    if (!users.length) throw invalid('USER_INVALID', 'workflow.userInvalid');
    for (const u of users) if (!(await run.dir.user(run.w.tx, u))) throw invalid('USER_INVALID', 'workflow.userInvalid');
    const slot = (i: number, offset: number, completes: number, waitFor: FlowTask | null) => ({
      step_id: task.step_id,
      step_name: task.step_name,
      kind: task.kind,
      mode: task.mode,
      status: waitFor ? ('queued' as const) : ('pending' as const),
      seq: task.seq + offset * (i + 1) / (users.length + 1),
      wait_task_id: waitFor?.id ?? null,
      completes_step: completes,
    });
    const chain = async (offset: number, completes: number) => {
      const created: FlowTask[] = [];
      for (const [i, u] of users.entries()) created.push(await run.createTask(slot(i, offset, completes, created[i - 1] ?? null), u));
      return created;
    };
    await run.history({ stepId: step.id, stepName: step.name, task, action: `addSigner.${input.position}`, opinion: input.opinion, detail: { userIds: users } });
    if (input.position === 'before') {
      const created = await chain(-0.5, 0);
      await run.w.tx.updateTable('flow_tasks').set({ status: 'queued', wait_task_id: created[created.length - 1]!.id }).where('id', '=', task.id).execute();
      return;
    }
    if (input.position === 'alongside') {
      for (const [i, u] of users.entries()) await run.createTask(slot(i, 0.25, 1, null), u);
      return;
    }
    await chain(0.5, task.completes_step);
    const done = await completeTask(run, task, step.type === 'handle' ? 'handled' : 'approved', input.opinion, { completes_step: 0 });
    await afterTaskDone(run, done, step as TaskStep);
  });

