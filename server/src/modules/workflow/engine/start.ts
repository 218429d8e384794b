import type { Core, Ctx } from '../../../platform/context.js';
import { command, type Work } from '../../../platform/command.js';
import type { FlowInstance } from '../../../platform/db/schema.js';
import { AppError, forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { Tx } from '../../../platform/db/index.js';
import { newId, nowIso } from '../../../platform/util.js';
import { validateSubmission } from '../forms/index.js';
import type { FormValues } from '../forms/types.js';
import { canStart } from '../policy.js';
import { loadRun, loadVersion } from './load.js';
import { Run } from './run.js';
import { readState } from './state.js';
import { completeTask } from './steps.js';
import { workdayCounter } from './workdays.js';

export interface StartInput {
  definitionId?: string;
  definitionKey?: string;
  title?: string;
  form: Record<string, unknown>;
  /** People chosen by the initiator for steps whose rule is "chosen by the initiator". */
  chosenAssignees?: Record<string, string[]>;
  /** Save as a draft (草稿) without starting the flow. */
  draft?: boolean;
  businessType?: string;
  businessId?: string;
}

async function checkForm(run: Run, tx: Tx, form: Record<string, unknown>, partial: boolean): Promise<FormValues> {
  const rights = run.tree.root.fieldRights ?? {};
  const result = validateSubmission(run.form, form, {
    rights,
    previous: run.values,
    countWorkdays: await workdayCounter(tx, run.form.fields),
    locale: run.ctx.locale,
    partial,
  });
  if (!result.ok) throw invalid('FORM_INVALID', 'error.validation', {}, result.fields);
  return result.values;
}

/** Moves a submitted instance from its start step into the flow. */
async function submit(run: Run, chosen: Record<string, string[]> | undefined, action: 'start' | 'resubmit', opinion?: string): Promise<void> {
  if (chosen) run.state.chosen = { ...run.state.chosen, ...chosen };
  run.state.submittedAt = run.now;
  run.instance = { ...run.instance, status: 'running', started_at: run.instance.started_at ?? run.now };
  await run.history({ stepId: run.tree.root.id, stepName: run.tree.root.name, action, opinion });
  await run.continueAfter(run.tree.root);
}

type Started = { id: string; status: FlowInstance['status'] };

/** Starts (or drafts) an instance of a published flow, optionally bound to a business object. */
export const startInstance = (core: Core, ctx: Ctx, input: StartInput): Promise<Started> =>
  command(core, ctx, (w) => startInstanceIn(core, w, ctx, input));

/** The same inside a business module's own command, so its object and the flow are written together. */
export async function startInstanceIn(core: Core, w: Work, ctx: Ctx, input: StartInput): Promise<Started> {
  if (!ctx.actor) throw forbidden();
  const actor = ctx.actor;
  const definition = await w.tx
    .selectFrom('flow_definitions')
    .leftJoin('flow_versions', (join) =>
      join.onRef('flow_versions.definition_id', '=', 'flow_definitions.id').onRef('flow_versions.version', '=', 'flow_definitions.current_version'),
    )
    .selectAll('flow_definitions')
    .select('flow_versions.id as version_id')
    .where(input.definitionId ? 'flow_definitions.id' : 'flow_definitions.key', '=', input.definitionId ?? input.definitionKey ?? '')
    .executeTakeFirst();
  if (!definition || !definition.enabled) throw notFound();
  if (!definition.version_id) throw new AppError('FLOW_NOT_PUBLISHED', 409, 'workflow.notPublished');
  if (!(await canStart(w.tx, actor, definition))) throw forbidden();
  const { tree, form } = await loadVersion(w.tx, definition.version_id);
  const now = nowIso();
  const instance: FlowInstance = {
    id: newId(),
    definition_id: definition.id,
    version_id: definition.version_id,
    title: input.title || `${actor.displayName}的${definition.name}`,
    initiator_user_id: actor.userId,
    status: 'draft',
    form_data: '{}',
    state: '{}',
    business_type: input.businessType ?? null,
    business_id: input.businessId ?? null,
    lock_version: 0,
    created_at: now,
    started_at: null,
    finished_at: null,
    updated_at: now,
  };
  await w.tx.insertInto('flow_instances').values(instance).execute();
  const run = new Run(core, w, ctx, instance, tree, form, {}, readState(instance), { id: definition.id, name: definition.name, adminUserId: definition.admin_user_id });
  run.values = await checkForm(run, w.tx, input.form, !!input.draft);
  if (!input.draft) await submit(run, input.chosenAssignees, 'start');
  const saved = await run.save();
  w.audit({
    action: input.draft ? 'workflow.instance.draft' : 'workflow.instance.start',
    targetType: 'flowInstance',
    targetId: saved.id,
    summary: `${input.draft ? '保存草稿' : '发起'}：${saved.title}`,
    detail: { definition: definition.key, version: definition.current_version, businessType: input.businessType, businessId: input.businessId },
  });
  if (!input.draft) w.emit({ type: 'workflow.instance.started', payload: { instanceId: saved.id, businessType: saved.business_type, businessId: saved.business_id } });
  return { id: saved.id, status: saved.status };
}

/**
 * The initiator submits a draft, or resubmits after the flow was returned to them (a start task),
 * with the form edited.
 */
export interface SubmitInput {
  form: Record<string, unknown>;
  chosenAssignees?: Record<string, string[]>;
  opinion?: string;
  expectedVersion?: number;
}

export const submitInstance = (core: Core, ctx: Ctx, instanceId: string, input: SubmitInput): Promise<Started> =>
  command(core, ctx, (w) => submitInstanceIn(core, w, ctx, instanceId, input));

export async function submitInstanceIn(core: Core, w: Work, ctx: Ctx, instanceId: string, input: SubmitInput): Promise<Started> {
  const run = await loadRun(core, w, ctx, { instanceId }, input.expectedVersion);
  if (run.instance.initiator_user_id !== ctx.actor?.userId) throw notFound();
  const startTask = await w.tx
    .selectFrom('flow_tasks')
    .selectAll()
    .where('instance_id', '=', instanceId)
    .where('kind', '=', 'start')
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (run.instance.status !== 'draft' && !startTask) throw new AppError('INSTANCE_NOT_RUNNING', 409, 'workflow.notRunning');
  run.values = await checkForm(run, w.tx, input.form, false);
  if (startTask) await completeTask(run, startTask, 'resubmitted', input.opinion);
  await submit(run, input.chosenAssignees, startTask ? 'resubmit' : 'start', input.opinion);
  const saved = await run.save();
  w.audit({ action: 'workflow.instance.submit', targetType: 'flowInstance', targetId: saved.id, summary: `提交：${saved.title}` });
  return { id: saved.id, status: saved.status };
}
