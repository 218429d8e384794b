import type { Core } from '../../../platform/context.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { FlowTask } from '../../../platform/db/schema.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import { enqueue } from '../../../platform/jobs/queue.js';
import type { TimeLimit } from '../definition/types.js';
import type { Run } from './run.js';

/** When a task with this limit falls due, counted on the unit's working-day calendar. */
export async function dueAt(core: Core, db: Db | Tx, limit: TimeLimit, from: string): Promise<string> {
  const calendar = await loadCalendar(db);
  return limit.unit === 'workday'
    ? calendar.addWorkdays(from, limit.amount, core.config.timeZone)
    : calendar.addWorkingHours(from, limit.amount, core.config.timeZone);
}

/** Sets the task's due time and schedules its reminder and its overdue check as durable jobs. */
export async function scheduleTimeLimit(run: Run, task: FlowTask, limit: TimeLimit): Promise<void> {
  const due = await dueAt(run.core, run.w.tx, limit, run.now);
  await run.w.tx.updateTable('flow_tasks').set({ due_at: due }).where('id', '=', task.id).execute();
  await enqueue(run.w.tx, { kind: 'workflow.task.due', payload: { taskId: task.id }, runAt: due, uniqueKey: `wf-due:${task.id}` });
  if (limit.remindBeforeHours) {
    const remindAt = new Date(Date.parse(due) - limit.remindBeforeHours * 3_600_000).toISOString();
    if (remindAt > run.now) {
      await enqueue(run.w.tx, { kind: 'workflow.task.remind', payload: { taskId: task.id }, runAt: remindAt, uniqueKey: `wf-remind:${task.id}` });
    }
  }
}
