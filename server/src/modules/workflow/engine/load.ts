import type { Core, Ctx } from '../../../platform/context.js';
import type { Work } from '../../../platform/command.js';
import type { Tx } from '../../../platform/db/index.js';
import type { FlowInstance } from '../../../platform/db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { parseJson } from '../../../platform/util.js';
import { FlowTree } from '../definition/tree.js';
import type { StartStep } from '../definition/types.js';
import type { FormDefinition } from '../forms/types.js';
import { Run } from './run.js';
import { readForm, readState } from './state.js';

/** Locks the instance row for the rest of the transaction (PostgreSQL; SQLite has one writer). */
async function lockInstance(core: Core, tx: Tx, id: string): Promise<FlowInstance | undefined> {
  const q = tx.selectFrom('flow_instances').selectAll().where('id', '=', id);
  return (core.dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
}

export async function loadVersion(tx: Tx, versionId: string): Promise<{ tree: FlowTree; form: FormDefinition }> {
  const v = await tx.selectFrom('flow_versions').select(['tree', 'form']).where('id', '=', versionId).executeTakeFirstOrThrow();
  return { tree: new FlowTree(JSON.parse(v.tree) as StartStep), form: parseJson<FormDefinition>(v.form, { fields: [] }) };
}

/** Loads and locks an instance with its version for one transition. */
export async function loadRun(core: Core, w: Work, ctx: Ctx, instanceId: string, expectedVersion?: number): Promise<Run> {
  const instance = await lockInstance(core, w.tx, instanceId);
  if (!instance) throw notFound();
  if (expectedVersion !== undefined && expectedVersion !== instance.lock_version) {
    throw new AppError('STALE_VERSION', 409, 'workflow.staleVersion');
  }
  const definition = await w.tx
    .selectFrom('flow_definitions')
    .select(['id', 'name', 'admin_user_id'])
    .where('id', '=', instance.definition_id)
    .executeTakeFirstOrThrow();
  const { tree, form } = await loadVersion(w.tx, instance.version_id);
  return new Run(core, w, ctx, instance, tree, form, readForm(instance), readState(instance), {
    id: definition.id,
    name: definition.name,
    adminUserId: definition.admin_user_id,
  });
}
