import type { Core } from '../../../platform/context.js';
import type { Access } from '../../../platform/access/resolve.js';
import type { FlowTask } from '../../../platform/db/schema.js';
import { directory } from '../../../platform/directory.js';
import { notFound } from '../../../platform/errors.js';
import { parseJson } from '../../../platform/util.js';
import type { FieldRight, StartStep, Step } from '../definition/types.js';
import { visibleValues } from '../forms/index.js';
import type { FormDefinition } from '../forms/types.js';
import { hasActedSince } from '../engine/instance-actions.js';
import { readForm, readState } from '../engine/state.js';
import { isFlowAdmin, requireInstanceVisible } from '../policy.js';
import { flowNames } from '../definition/names.js';

const TASK_ABILITIES: Record<FlowTask['kind'], string[]> = {
  approval: ['approve', 'reject', 'return', 'transfer', 'addSigner'],
  handle: ['handle', 'return', 'transfer', 'addSigner'],
  start: ['resubmit'],
  cc: ['read'],
};

function rightsFor(step: Step | undefined, form: FormDefinition, editable: boolean): Record<string, FieldRight> {
  const own = step && 'fieldRights' in step ? step.fieldRights ?? {} : {};
  return Object.fromEntries(form.fields.map((f) => [f.id, own[f.id] ?? (editable && step?.type === 'start' ? 'editable' : 'readonly')]));
}

function findStep(root: StartStep, id: string): Step | undefined {
  const walk = (s: Step | null): Step | undefined => {
    for (let cur = s; cur; cur = cur.next) {
      if (cur.id === id) return cur;
      if (cur.type === 'condition' || cur.type === 'parallel') for (const b of cur.branches) {
        const hit = b.id === id ? undefined : walk(b.next);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  return walk(root);
}

/** An instance as its viewer may see it: form (with this viewer's field rights), flow, progress, trace, and what they can do. */
export async function getInstance(core: Core, access: Access, id: string) {
  const instance = await core.db.selectFrom('flow_instances').selectAll().where('id', '=', id).executeTakeFirst();
  if (!instance) throw notFound();
  await requireInstanceVisible(core.db, access, instance);
  const [definition, version, tasks, trace] = await Promise.all([
    core.db.selectFrom('flow_definitions').select(['name', 'admin_user_id']).where('id', '=', instance.definition_id).executeTakeFirstOrThrow(),
    core.db.selectFrom('flow_versions').select(['version', 'tree', 'form']).where('id', '=', instance.version_id).executeTakeFirstOrThrow(),
    core.db.selectFrom('flow_tasks').selectAll().where('instance_id', '=', id).orderBy('created_at').orderBy('seq').execute(),
    core.db.selectFrom('flow_history').selectAll().where('instance_id', '=', id).orderBy('at').execute(),
  ]);
  const tree = JSON.parse(version.tree) as StartStep;
  const form = parseJson<FormDefinition>(version.form, { fields: [] });
  const state = readState(instance);
  const names = await directory().names(core.db, [instance.initiator_user_id, ...tasks.flatMap((t) => [t.assignee_user_id, t.on_behalf_of_user_id ?? ''])]);
  const mine = tasks.find((t) => t.status === 'pending' && (t.assignee_user_id === access.userId || t.on_behalf_of_user_id === access.userId));
  const running = instance.status === 'running';
  const isInitiator = instance.initiator_user_id === access.userId;
  const rights = rightsFor(mine ? findStep(tree, mine.step_id) : undefined, form, !!mine && running);
  const durations = new Map(tasks.filter((t) => t.completed_at).map((t) => [t.id, Date.parse(t.completed_at!) - Date.parse(t.created_at)]));
  return {
    instance: {
      id: instance.id,
      title: instance.title,
      status: instance.status,
      definitionId: instance.definition_id,
      definitionName: definition.name,
      version: version.version,
      initiator: { userId: instance.initiator_user_id, name: names.get(instance.initiator_user_id) ?? '' },
      createdAt: instance.created_at,
      startedAt: instance.started_at,
      finishedAt: instance.finished_at,
      lockVersion: instance.lock_version,
      businessType: instance.business_type,
      businessId: instance.business_id,
    },
    form,
    values: visibleValues(form, readForm(instance), rights),
    rights,
    tree,
    names: await flowNames(core.db, tree),
    progress: {
      passed: state.passed,
      current: [...new Set(tasks.filter((t) => t.status === 'pending' && t.kind !== 'cc').map((t) => t.step_id))],
    },
    tasks: tasks.map((t) => ({
      id: t.id,
      stepId: t.step_id,
      stepName: t.step_name,
      kind: t.kind,
      assigneeName: names.get(t.assignee_user_id) ?? '',
      onBehalfOfName: t.on_behalf_of_user_id ? names.get(t.on_behalf_of_user_id) ?? '' : null,
      status: t.status,
      outcome: t.outcome,
      opinion: t.opinion,
      createdAt: t.created_at,
      completedAt: t.completed_at,
      dueAt: t.due_at,
      overdue: t.overdue === 1,
      readAt: t.read_at,
    })),
    trace: trace.map((h) => ({
      id: h.id,
      at: h.at,
      stepId: h.step_id,
      stepName: h.step_name,
      actorName: h.actor_name,
      onBehalfOfName: h.on_behalf_of_name,
      action: h.action,
      opinion: h.opinion,
      attachments: parseJson<string[]>(h.attachments, []),
      detail: parseJson<Record<string, unknown>>(h.detail, {}),
      durationMs: h.task_id ? durations.get(h.task_id) ?? null : null,
    })),
    myTask: mine && running ? { id: mine.id, kind: mine.kind, stepId: mine.step_id, abilities: TASK_ABILITIES[mine.kind] } : null,
    myCc: tasks.find((t) => t.kind === 'cc' && t.assignee_user_id === access.userId && !t.read_at)?.id ?? null,
    abilities: {
      withdraw: isInitiator && running && !(await hasActedSince(core.db, id, state.submittedAt)),
      urge: isInitiator && running && tasks.some((t) => t.status === 'pending' && (t.kind === 'approval' || t.kind === 'handle')),
      submit: isInitiator && instance.status === 'draft',
      intervene: isFlowAdmin(access, definition) && (running || instance.status === 'suspended'),
    },
  };
}
