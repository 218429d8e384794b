import type { Core, Ctx } from '../../../platform/context.js';
import type { Work } from '../../../platform/command.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { parseJson } from '../../../platform/util.js';
import { FlowTree } from '../definition/tree.js';
import type { StartStep } from '../definition/types.js';
import type { FormDefinition } from '../forms/types.js';
import { Run } from './run.js';
import { readForm, readState } from './state.js';

export interface Version {
  tree: FlowTree;
  form: FormDefinition;
}

/** Published versions are never changed, so each node keeps the parsed ones it has read, by id. */
const versions = new Map<string, Version>();
const MAX_VERSIONS = 500;

/** A published version's flow tree and form. Shared between transitions: never modify them. */
export async function loadVersion(db: Db | Tx, versionId: string): Promise<Version> {
  const cached = versions.get(versionId);
  if (cached) return cached;
  const v = await db.selectFrom('flow_versions').select(['tree', 'form']).where('id', '=', versionId).executeTakeFirstOrThrow();
  const version = { tree: new FlowTree(JSON.parse(v.tree) as StartStep), form: parseJson<FormDefinition>(v.form, { fields: [] }) };
  if (versions.size >= MAX_VERSIONS) versions.delete(versions.keys().next().value!);
  versions.set(versionId, version);
  return version;
}

/** An instance by its id, or the instance of a task. */
type InstanceKey = { instanceId: string } | { taskId: string };

/**
 * The instance, locked for the rest of the transaction (PostgreSQL; SQLite has one writer), with
 * its flow's name and administrator.
 */
async function lockInstance(core: Core, tx: Tx, key: InstanceKey) {
  const q = tx
    .selectFrom('flow_instances')
    .innerJoin('flow_definitions', 'flow_definitions.id', 'flow_instances.definition_id')
    .selectAll('flow_instances')
    .select(['flow_definitions.name as flow_name', 'flow_definitions.admin_user_id as flow_admin_user_id'])
    .where('flow_instances.id', '=', (eb) =>
      'taskId' in key ? eb.selectFrom('flow_tasks').select('flow_tasks.instance_id').where('flow_tasks.id', '=', key.taskId) : eb.val(key.instanceId),
    );
  return (core.dialect === 'postgres' ? q.forUpdate('flow_instances') : q).executeTakeFirst();
}

/** Loads and locks an instance (or a task's instance) with its version for one transition. */
export async function loadRun(core: Core, w: Work, ctx: Ctx, key: InstanceKey, expectedVersion?: number): Promise<Run> {
  const found = await lockInstance(core, w.tx, key);
  if (!found) throw notFound();
  const { flow_name, flow_admin_user_id, ...instance } = found;
  if (expectedVersion !== undefined && expectedVersion !== instance.lock_version) {
    throw new AppError('STALE_VERSION', 409, 'workflow.staleVersion');
  }
  const { tree, form } = await loadVersion(w.tx, instance.version_id);
  return new Run(core, w, ctx, instance, tree, form, readForm(instance), readState(instance), {
    id: instance.definition_id,
    name: flow_name,
    adminUserId: flow_admin_user_id,
  });
}
