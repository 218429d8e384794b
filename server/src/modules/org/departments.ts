import { sql } from 'kysely';
import type { Core, Ctx } from '../../platform/context.js';
import type { Access } from '../../platform/access/resolve.js';
import { command, type Work } from '../../platform/command.js';
import type { Db, Tx } from '../../platform/db/index.js';
import type { Department } from '../../platform/db/schema.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/util.js';
import { mayManage, mayRead } from './policy.js';
import { enabledDepartment } from './refs.js';

export interface DepartmentNode {
  id: string;
  parentId: string | null;
  name: string;
  code: string | null;
  sortOrder: number;
  enabled: boolean;
  /** Active people whose main department this is (sub-departments not included). */
  peopleCount: number;
  children: DepartmentNode[];
}

/** Nests flat rows (already ordered by sort order and name) under their parents. */
export function nest<T extends { id: string; parentId: string | null; children: T[] }>(rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const roots: T[] = [];
  for (const r of rows) {
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    if (parent) parent.children.push(r);
    else roots.push(r);
  }
  return roots;
}

export async function peopleCounts(db: Db | Tx): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('people')
    .select(['department_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'active')
    .groupBy('department_id')
    .execute();
  return new Map(rows.map((r) => [r.department_id, Number(r.n)]));
}

export async function tree(core: Core, access: Access, includeDisabled: boolean): Promise<DepartmentNode[]> {
  mayRead(access);
  let q = core.db.selectFrom('departments').selectAll().orderBy('sort_order').orderBy('name');
  if (!includeDisabled) q = q.where('enabled', '=', 1);
  const [rows, counts] = await Promise.all([q.execute(), peopleCounts(core.db)]);
  return nest(
    rows.map((d) => ({
      id: d.id,
      parentId: d.parent_id,
      name: d.name,
      code: d.code,
      sortOrder: d.sort_order,
      enabled: d.enabled === 1,
      peopleCount: counts.get(d.id) ?? 0,
      children: [],
    })),
  );
}

async function load(tx: Tx, id: string): Promise<Department> {
  const row = await tx.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

async function ensureUnique(tx: Tx, parentId: string | null, name: string | undefined, code: string | null | undefined, selfId?: string) {
  if (name !== undefined) {
    let q = tx.selectFrom('departments').select('id').where('name', '=', name);
    q = parentId ? q.where('parent_id', '=', parentId) : q.where('parent_id', 'is', null);
    if (selfId) q = q.where('id', '!=', selfId);
    if (await q.executeTakeFirst()) throw conflict('DEPARTMENT_NAME_TAKEN', 'org.nameTaken');
  }
  if (code) {
    let q = tx.selectFrom('departments').select('id').where('code', '=', code);
    if (selfId) q = q.where('id', '!=', selfId);
    if (await q.executeTakeFirst()) throw conflict('DEPARTMENT_CODE_TAKEN', 'org.codeTaken', { code });
  }
}

export async function create(
  core: Core,
  ctx: Ctx,
  access: Access,
  input: { parentId: string | null; name: string; code?: string; sortOrder?: number },
): Promise<{ id: string }> {
  mayManage(access);
  return command(core, ctx, async (w) => {
    const parent = input.parentId ? await enabledDepartment(w.tx, input.parentId, 'parentId') : null;
    await ensureUnique(w.tx, input.parentId, input.name, input.code);
    const id = newId();
    const now = nowIso();
    await w.tx
      .insertInto('departments')
      .values({
        id,
        parent_id: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        name: input.name,
        code: input.code ?? null,
        sort_order: input.sortOrder ?? 0,
        enabled: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    w.audit({ action: 'org.department.create', targetType: 'department', targetId: id, summary: `新建部门：${input.name}`, detail: input });
    return { id };
  });
}

export async function update(
  core: Core,
  ctx: Ctx,
  access: Access,
  id: string,
  input: { name?: string; code?: string | null; sortOrder?: number },
): Promise<void> {
  mayManage(access);
  await command(core, ctx, async (w) => {
    const d = await load(w.tx, id);
    await ensureUnique(w.tx, d.parent_id, input.name, input.code, id);
    await w.tx
      .updateTable('departments')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.code !== undefined ? { code: input.code } : {}),
        ...(input.sortOrder !== undefined ? { sort_order: input.sortOrder } : {}),
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    w.audit({ action: 'org.department.update', targetType: 'department', targetId: id, summary: `修改部门：${input.name ?? d.name}`, detail: { before: { name: d.name, code: d.code, sortOrder: d.sort_order }, after: input } });
  });
}

/** Re-parents a department; its whole subtree's paths change in the same transaction. */
export async function move(core: Core, ctx: Ctx, access: Access, id: string, input: { parentId: string | null; sortOrder?: number }) {
  mayManage(access);
  await command(core, ctx, async (w) => {
    const d = await load(w.tx, id);
    const parent = input.parentId ? await enabledDepartment(w.tx, input.parentId, 'parentId') : null;
    if (parent && parent.path.includes(`/${id}/`)) {
      throw invalid('DEPARTMENT_CYCLE', 'org.departmentCycle', {}, { parentId: { key: 'org.departmentCycle' } });
    }
    await ensureUnique(w.tx, input.parentId, d.name, undefined, id);
    const newPath = `${parent?.path ?? '/'}${id}/`;
    await w.tx
      .updateTable('departments')
      .set({
        path: sql<string>`cast(${newPath} as text) || substr(path, ${d.path.length + 1})`,
        updated_at: nowIso(),
      })
      .where('path', 'like', `${d.path}%`)
      .execute();
    await w.tx
      .updateTable('departments')
      .set({ parent_id: parent?.id ?? null, ...(input.sortOrder !== undefined ? { sort_order: input.sortOrder } : {}) })
      .where('id', '=', id)
      .execute();
    w.audit({
      action: 'org.department.move',
      targetType: 'department',
      targetId: id,
      summary: `移动部门：${d.name}${parent ? ` 到 ${parent.name} 之下` : ' 到顶层'}`,
      detail: { fromParentId: d.parent_id, toParentId: parent?.id ?? null },
    });
  });
}

async function setEnabled(w: Work, d: Department, enabled: boolean) {
  await w.tx.updateTable('departments').set({ enabled: enabled ? 1 : 0, updated_at: nowIso() }).where('id', '=', d.id).execute();
  w.audit({
    action: enabled ? 'org.department.enable' : 'org.department.disable',
    targetType: 'department',
    targetId: d.id,
    summary: `${enabled ? '启用' : '停用'}部门：${d.name}`,
  });
}

export async function disable(core: Core, ctx: Ctx, access: Access, id: string): Promise<void> {
  mayManage(access);
  await command(core, ctx, async (w) => {
    const d = await load(w.tx, id);
    const person = await w.tx.selectFrom('people').select('id').where('department_id', '=', id).where('status', '=', 'active').executeTakeFirst();
    const child = await w.tx.selectFrom('departments').select('id').where('parent_id', '=', id).where('enabled', '=', 1).executeTakeFirst();
    if (person || child) throw conflict('DEPARTMENT_NOT_EMPTY', 'org.departmentNotEmpty');
    await setEnabled(w, d, false);
  });
}

export async function enable(core: Core, ctx: Ctx, access: Access, id: string): Promise<void> {
  mayManage(access);
  await command(core, ctx, async (w) => {
    const d = await load(w.tx, id);
    if (d.parent_id) await enabledDepartment(w.tx, d.parent_id, 'parentId');
    await setEnabled(w, d, true);
  });
}
