import type { Db, Tx } from '../../../platform/db/index.js';

export interface DueTask {
  taskId: string;
  instanceId: string;
  /** Whose to-do it is (the assignee). */
  userId: string;
  title: string;
  stepName: string;
  dueAt: string;
}

/** Open tasks of these people whose time limit falls in [from, to): for their calendars (read only). */
export async function dueTasksOf(db: Db | Tx, userIds: string[], from: string, to: string): Promise<DueTask[]> {
  if (!userIds.length) return [];
  const rows = await db
    .selectFrom('flow_tasks')
    .innerJoin('flow_instances', 'flow_instances.id', 'flow_tasks.instance_id')
    .select(['flow_tasks.id', 'flow_tasks.instance_id', 'flow_tasks.assignee_user_id', 'flow_tasks.step_name', 'flow_tasks.due_at', 'flow_instances.title'])
    .where('flow_tasks.assignee_user_id', 'in', userIds)
    .where('flow_tasks.status', '=', 'pending')
    .where('flow_tasks.due_at', '>=', from)
    .where('flow_tasks.due_at', '<', to)
    .orderBy('flow_tasks.due_at')
    .execute();
  return rows.map((r) => ({ taskId: r.id, instanceId: r.instance_id, userId: r.assignee_user_id, title: r.title, stepName: r.step_name, dueAt: r.due_at! }));
}
