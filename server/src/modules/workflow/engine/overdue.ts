import type { Core } from '../../../platform/context.js';
import { systemCtx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { directory } from '../../../platform/directory.js';
import { loadRun } from './load.js';
import { afterTaskDone, completeTask } from './steps.js';
import type { TaskStep } from '../definition/types.js';
import { notifyTask } from '../../notifications/index.js';

/** Job: a task's time limit passed. Marks it overdue, tells the handler and their head, and applies the step's overdue action. */
export async function taskDue(core: Core, payload: Record<string, unknown>): Promise<void> {
  const ctx = systemCtx('job:workflow.task.due');
  await command(core, ctx, async (w) => {
    const taskId = String(payload.taskId);
    const found = await w.tx.selectFrom('flow_tasks').select('status').where('id', '=', taskId).executeTakeFirst();
    if (!found || found.status !== 'pending') return;
    const run = await loadRun(core, w, ctx, { taskId });
    const task = await w.tx.selectFrom('flow_tasks').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();
    if (run.instance.status !== 'running' || task.status !== 'pending') return;
    const step = run.tree.get(task.step_id) as TaskStep;
    await w.tx.updateTable('flow_tasks').set({ overdue: 1 }).where('id', '=', taskId).execute();
    await run.history({ stepId: step.id, stepName: step.name, taskId, action: 'overdue' });
    const handler = await directory().user(w.tx, task.assignee_user_id);
    const head = handler?.departmentId ? await directory().departmentHead(w.tx, handler.departmentId) : null;
    w.emit({ type: 'workflow.task.overdue', payload: { taskId, instanceId: run.instance.id, userId: task.assignee_user_id, headUserId: head } });
    await notifyTask(w, 'overdue', { taskId, userIds: [task.assignee_user_id, head] });
    const action = step.timeLimit?.onOverdue ?? 'none';
    if (action === 'autoApprove') {
      const done = await completeTask(run, task, 'approved', '超时自动通过');
      await run.history({ stepId: step.id, stepName: step.name, taskId, action: 'autoApprove' });
      await afterTaskDone(run, done, step);
    } else if (action === 'autoTransfer' && step.timeLimit?.transferToUserId) {
      await completeTask(run, task, 'transferred', '超时自动转交');
      await run.handOver(task, step.timeLimit.transferToUserId);
      await run.history({ stepId: step.id, stepName: step.name, taskId, action: 'autoTransfer', detail: { toUserId: step.timeLimit.transferToUserId } });
    }
    await run.save();
    w.audit({ action: 'workflow.task.overdue', targetType: 'flowInstance', targetId: run.instance.id, summary: `超时：${run.instance.title}（${step.name}）`, detail: { taskId, action } });
  });
}

/** Job: the reminder before a task falls due. */
export async function taskRemind(core: Core, payload: Record<string, unknown>): Promise<void> {
  const task = await core.db.selectFrom('flow_tasks').select(['id', 'instance_id', 'assignee_user_id', 'status', 'due_at']).where('id', '=', String(payload.taskId)).executeTakeFirst();
  if (!task || task.status !== 'pending') return;
  await command(core, systemCtx('job:workflow.task.remind'), (w) => notifyTask(w, 'reminder', { taskId: task.id, userIds: [task.assignee_user_id] }));
  core.bus.publish({ type: 'workflow.task.reminder', payload: { taskId: task.id, instanceId: task.instance_id, userId: task.assignee_user_id, dueAt: task.due_at } });
}
