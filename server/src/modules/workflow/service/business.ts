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

export interface GivenOpinion {
  stepId: string;
  stepName: string;
  /** The step's `purpose`, when it has one. */
  purpose: string | null;
  person: string;
  action: string;
  opinion: string;
  at: string;
}

/** Every opinion given on an instance, in order: for a business object's own record (e.g. the 发文稿纸). */
export async function opinionsOf(db: Db | Tx, instanceId: string): Promise<GivenOpinion[]> {
  const rows = await db
    .selectFrom('flow_history')
    .select(['step_id', 'step_name', 'actor_name', 'on_behalf_of_name', 'action', 'opinion', 'at'])
    .where('instance_id', '=', instanceId)
    .where('action', 'in', ['approve', 'handle', 'reject', 'return', 'start', 'resubmit'])
    .orderBy('at')
    .execute();
  const instance = await db.selectFrom('flow_instances').select('version_id').where('id', '=', instanceId).executeTakeFirst();
  if (!instance) return [];
  const { tree } = await loadVersion(db as Tx, instance.version_id);
  const purposeOf = (stepId: string) => {
    const step = tree.has(stepId) ? tree.get(stepId) : undefined;
    return step && 'purpose' in step ? step.purpose ?? null : null;
  };
  return rows.map((r) => ({
    stepId: r.step_id,
    stepName: r.step_name,
    purpose: purposeOf(r.step_id),
    person: r.on_behalf_of_name ? `${r.actor_name}（代${r.on_behalf_of_name}）` : r.actor_name,
    action: r.action,
    opinion: r.opinion,
    at: r.at,
  }));
}
