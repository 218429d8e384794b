import type { Core, Ctx } from '../../platform/context.js';
import type { Access } from '../../platform/access/resolve.js';
import { command } from '../../platform/command.js';
import type { Tx } from '../../platform/db/index.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/util.js';
import { mayManage, mayRead } from './policy.js';

export interface PostInput {
  name: string;
  code: string;
  description?: string;
  sortOrder?: number;
}

export async function list(core: Core, access: Access, includeDisabled: boolean) {
  mayRead(access);
  let q = core.db.selectFrom('posts').selectAll().orderBy('sort_order').orderBy('name');
  if (!includeDisabled) q = q.where('enabled', '=', 1);
  const rows = await q.execute();
  return rows.map((p) => ({ id: p.id, name: p.name, code: p.code, description: p.description, sortOrder: p.sort_order, enabled: p.enabled === 1 }));
}

async function load(tx: Tx, id: string) {
  const row = await tx.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

async function ensureCodeFree(tx: Tx, code: string | undefined, selfId?: string) {
  if (!code) return;
  let q = tx.selectFrom('posts').select('id').where('code', '=', code);
  if (selfId) q = q.where('id', '!=', selfId);
  if (await q.executeTakeFirst()) throw conflict('POST_CODE_TAKEN', 'org.codeTaken', { code });
}

export async function create(core: Core, ctx: Ctx, access: Access, input: PostInput): Promise<{ id: string }> {
  mayManage(access);
  return command(core, ctx, async (w) => {
    await ensureCodeFree(w.tx, input.code);
    const id = newId();
    const now = nowIso();
    await w.tx
      .insertInto('posts')
      .values({ id, name: input.name, code: input.code, description: input.description ?? '', sort_order: input.sortOrder ?? 0, enabled: 1, created_at: now, updated_at: now })
      .execute();
    w.audit({ action: 'org.post.create', targetType: 'post', targetId: id, summary: `新建岗位：${input.name}`, detail: { ...input } });
    return { id };
  });
}

export async function update(core: Core, ctx: Ctx, access: Access, id: string, input: Partial<PostInput>): Promise<void> {
  mayManage(access);
  await command(core, ctx, async (w) => {
    const p = await load(w.tx, id);
    await ensureCodeFree(w.tx, input.code, id);
    await w.tx
      .updateTable('posts')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.code !== undefined ? { code: input.code } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.sortOrder !== undefined ? { sort_order: input.sortOrder } : {}),
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    w.audit({ action: 'org.post.update', targetType: 'post', targetId: id, summary: `修改岗位：${input.name ?? p.name}`, detail: { before: { name: p.name, code: p.code }, after: { ...input } } });
  });
}

export async function setEnabled(core: Core, ctx: Ctx, access: Access, id: string, enabled: boolean): Promise<void> {
  mayManage(access);
  await command(core, ctx, async (w) => {
    const p = await load(w.tx, id);
    await w.tx.updateTable('posts').set({ enabled: enabled ? 1 : 0, updated_at: nowIso() }).where('id', '=', id).execute();
    w.audit({ action: enabled ? 'org.post.enable' : 'org.post.disable', targetType: 'post', targetId: id, summary: `${enabled ? '启用' : '停用'}岗位：${p.name}` });
  });
}
