import type { Db, Tx } from '../../../platform/db/index.js';
import { loadVersion } from '../engine/load.js';

export interface OpenTask {
  taskId: string;
  stepId: string;
  stepName: string;
  kind: string;
  /** The step's `purpose`, for the business module bound to the instance. */
  purpose: string | null;
}

/** The tasks waiting for this person (or their delegate) on one instance, with each step's purpose. */
export async function openTasksOf(db: Db | Tx, instanceId: string, userId: string): Promise<OpenTask[]> {
  const tasks = await db
    .selectFrom('flow_tasks')
    .innerJoin('flow_instances', 'flow_instances.id', 'flow_tasks.instance_id')
    .select(['flow_tasks.id', 'flow_tasks.step_id', 'flow_tasks.step_name', 'flow_tasks.kind', 'flow_instances.version_id'])
    .where('flow_tasks.instance_id', '=', instanceId)
    .where('flow_tasks.status', '=', 'pending')
    .where((eb) => eb.or([eb('flow_tasks.assignee_user_id', '=', userId), eb('flow_tasks.on_behalf_of_user_id', '=', userId)]))
    .execute();
  if (!tasks.length) return [];
  const { tree } = await loadVersion(db as Tx, tasks[0]!.version_id);
  return tasks.map((t) => {
    const step = t.kind === 'start' ? undefined : tree.get(t.step_id);
    return {
      taskId: t.id,
      stepId: t.step_id,
      stepName: t.step_name,
      kind: t.kind,
      purpose: step && 'purpose' in step ? step.purpose ?? null : null,
    };
  });
}
