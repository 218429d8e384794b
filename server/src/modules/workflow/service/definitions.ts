import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Access } from '../../../platform/access/resolve.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { FlowDefinition } from '../../../platform/db/schema.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { t } from '../../../platform/i18n/index.js';
import { newId, nowIso, parseJson } from '../../../platform/util.js';
import { validateFlow, type FlowProblem } from '../definition/validate.js';
import type { StartStep, Step } from '../definition/types.js';
import { checkDefinition } from '../forms/index.js';
import { formDefinition, type FormDefinition } from '../forms/types.js';
import { flowTree } from '../definition/types.js';
import { fieldMessages } from '../../../platform/http/validation.js';
import type { Locale } from '../../../platform/i18n/index.js';
import type { z } from 'zod';
import { canStart, requireDesigner, type Starters } from '../policy.js';
import { flowNames } from '../definition/names.js';

export interface DefinitionInput {
  key: string;
  name: string;
  category?: string;
  description?: string;
  enabled?: boolean;
  adminUserId?: string | null;
  starters?: Starters;
  /** Drafts are stored as sent, half-built or not; publishing checks them fully. */
  tree?: unknown;
  form?: unknown;
}

export const EMPTY_TREE: StartStep = { id: 'start', name: '发起人', type: 'start', next: null };

const present = (d: FlowDefinition) => ({
  id: d.id,
  key: d.key,
  name: d.name,
  category: d.category,
  description: d.description,
  enabled: d.enabled === 1,
  adminUserId: d.admin_user_id,
  starters: parseJson<Starters>(d.starters, { all: true }),
  currentVersion: d.current_version,
  updatedAt: d.updated_at,
});

export async function listDefinitions(core: Core, access: Access, opts: { startable: boolean }) {
  const rows = await core.db.selectFrom('flow_definitions').selectAll().orderBy('category').orderBy('name').execute();
  if (!opts.startable) {
    requireDesigner(access);
    return { items: rows.map(present) };
  }
  const actor = { userId: access.userId, personId: access.personId, username: '', displayName: '' };
  const visible = [];
  for (const d of rows) if (d.enabled && d.current_version && (await canStart(core.db, actor, d))) visible.push(present(d));
  return { items: visible };
}

export async function getDefinition(core: Core, access: Access, id: string) {
  requireDesigner(access);
  const d = await core.db.selectFrom('flow_definitions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) throw notFound();
  const versions = await core.db
    .selectFrom('flow_versions')
    .select(['version', 'published_at as publishedAt', 'published_by as publishedBy'])
    .where('definition_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
  return { ...present(d), tree: JSON.parse(d.draft_tree) as Step, form: parseJson<FormDefinition>(d.draft_form, { fields: [] }), versions };
}

/** What the initiator needs to fill in a published flow: its form, the start step's rights, and steps they must choose people for. */
export async function startForm(core: Core, access: Access, id: string) {
  const d = await core.db.selectFrom('flow_definitions').selectAll().where('id', '=', id).executeTakeFirst();
  const actor = { userId: access.userId, personId: access.personId, username: '', displayName: '' };
  if (!d || !d.enabled || !d.current_version || !(await canStart(core.db, actor, d))) throw notFound();
  const v = await core.db
    .selectFrom('flow_versions')
    .select(['tree', 'form', 'version'])
    .where('definition_id', '=', id)
    .where('version', '=', d.current_version)
    .executeTakeFirstOrThrow();
  const tree = JSON.parse(v.tree) as StartStep;
  const chooseSteps: { stepId: string; name: string }[] = [];
  const walk = (s: Step | null): void => {
    for (let cur = s; cur; cur = cur.next) {
      if ((cur.type === 'approval' || cur.type === 'handle' || cur.type === 'cc') && cur.assignee.kind === 'initiatorChooses') chooseSteps.push({ stepId: cur.id, name: cur.name });
      if (cur.type === 'condition' || cur.type === 'parallel') cur.branches.forEach((b) => walk(b.next));
    }
  };
  walk(tree);
  return {
    id: d.id,
    key: d.key,
    name: d.name,
    category: d.category,
    description: d.description,
    version: v.version,
    form: JSON.parse(v.form) as FormDefinition,
    rights: tree.fieldRights ?? {},
    tree,
    names: await flowNames(core.db, tree),
    chooseSteps,
  };
}

export async function createDefinition(core: Core, ctx: Ctx, access: Access, input: DefinitionInput) {
  requireDesigner(access);
  return command(core, ctx, async (w) => {
    const taken = await w.tx.selectFrom('flow_definitions').select('id').where('key', '=', input.key).executeTakeFirst();
    if (taken) throw conflict('FLOW_KEY_TAKEN', 'workflow.keyTaken', { key: input.key });
    const id = await insertDefinition(w.tx, input);
    w.audit({ action: 'workflow.definition.create', targetType: 'flowDefinition', targetId: id, summary: `新建流程：${input.name}` });
    return { id };
  });
}

/** Inserts a definition row (shared by the API and the shipped templates). */
export async function insertDefinition(db: Db | Tx, input: DefinitionInput): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('flow_definitions')
    .values({
      id,
      key: input.key,
      name: input.name,
      category: input.category ?? '',
      description: input.description ?? '',
      enabled: input.enabled === false ? 0 : 1,
      admin_user_id: input.adminUserId ?? null,
      starters: JSON.stringify(input.starters ?? { all: true }),
      draft_tree: JSON.stringify(input.tree ?? EMPTY_TREE),
      draft_form: JSON.stringify(input.form ?? { fields: [] }),
      current_version: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function updateDefinition(core: Core, ctx: Ctx, access: Access, id: string, input: Partial<Omit<DefinitionInput, 'key'>>) {
  requireDesigner(access);
  await command(core, ctx, async (w) => {
    const d = await w.tx.selectFrom('flow_definitions').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
    if (!d) throw notFound();
    await w.tx
      .updateTable('flow_definitions')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.category !== undefined ? { category: input.category } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.enabled !== undefined ? { enabled: input.enabled ? 1 : 0 } : {}),
        ...(input.adminUserId !== undefined ? { admin_user_id: input.adminUserId } : {}),
        ...(input.starters !== undefined ? { starters: JSON.stringify(input.starters) } : {}),
        ...(input.tree !== undefined ? { draft_tree: JSON.stringify(input.tree) } : {}),
        ...(input.form !== undefined ? { draft_form: JSON.stringify(input.form) } : {}),
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    w.audit({ action: 'workflow.definition.update', targetType: 'flowDefinition', targetId: id, summary: `修改流程：${input.name ?? d.name}`, detail: { fields: Object.keys(input) } });
  });
}

/** The id of the innermost step (or field) on a path into a raw draft, for naming where a problem is. */
function idAt(raw: unknown, path: PropertyKey[]): string | undefined {
  let node = raw;
  let id: string | undefined;
  for (const key of path) {
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') id = (node as { id: string }).id;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') id = (node as { id: string }).id;
  return id;
}

/**
 * Every problem of a draft: first its shape (a draft may be saved half-built), then the form's and
 * the flow's rules. Problems are keyed by step or branch id, "form.<fieldId>", or "flow".
 */
export function draftProblems(rawTree: unknown, rawForm: unknown, locale: Locale): FlowProblem[] {
  const form = formDefinition.safeParse(rawForm);
  const tree = flowTree.safeParse(rawTree);
  const problems = [...shapeProblems(form, rawForm, 'form.', 'form', locale), ...shapeProblems(tree, rawTree, '', 'flow', locale)];
  if (!form.success || !tree.success) return problems;
  const formProblems = checkDefinition(form.data).map((p) => ({ at: `form.${p.fieldId}`, key: p.key, params: p.params }));
  return [...formProblems, ...validateFlow(tree.data, form.data)];
}

function shapeProblems(result: z.ZodSafeParseResult<unknown>, raw: unknown, prefix: string, fallback: string, locale: Locale): FlowProblem[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const { path, code, message: _message, ...params } = issue as unknown as { path: PropertyKey[]; code: string; message: string };
    const at = path.join('.') || '_';
    const detail = fieldMessages([{ instancePath: `/${path.join('/')}`, keyword: code, params }], locale, raw)[at] ?? '';
    const id = idAt(raw, path);
    return { at: id ? `${prefix}${id}` : fallback, key: 'workflow.incomplete' as const, params: { detail } };
  });
}

/** Publishes the draft as the next version; running instances keep theirs. Refuses an invalid flow, naming each step. */
export async function publishDefinition(core: Core, ctx: Ctx, access: Access, id: string) {
  requireDesigner(access);
  return command(core, ctx, async (w) => {
    const d = await w.tx.selectFrom('flow_definitions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!d) throw notFound();
    const problems = draftProblems(JSON.parse(d.draft_tree), parseJson(d.draft_form, {}), ctx.locale);
    if (problems.length) {
      const fields: Record<string, string> = {};
      for (const p of problems) fields[p.at] ??= t(ctx.locale, p.key, p.params);
      throw invalid('FLOW_INVALID', 'workflow.invalid', { count: problems.length }, fields);
    }
    const version = d.current_version + 1;
    await w.tx
      .insertInto('flow_versions')
      .values({ id: newId(), definition_id: id, version, tree: d.draft_tree, form: d.draft_form, published_at: nowIso(), published_by: ctx.actor?.userId ?? null })
      .execute();
    await w.tx.updateTable('flow_definitions').set({ current_version: version, updated_at: nowIso() }).where('id', '=', id).execute();
    w.audit({ action: 'workflow.definition.publish', targetType: 'flowDefinition', targetId: id, summary: `发布流程：${d.name} 第 ${version} 版` });
    return { version };
  });
}
