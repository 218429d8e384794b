import path from 'node:path';
import type { Core, Ctx } from '../context.js';
import { command } from '../command.js';
import type { Access } from '../access/resolve.js';
import type { Db, Tx } from '../db/index.js';
import { invalid, notFound } from '../errors.js';
import { newId, nowIso } from '../util.js';
import { BlobStore } from './store.js';

/** Decides whether someone may see the object a file is attached to (registered by the owning module). */
export type LinkResolver = (db: Db | Tx, access: Access, targetId: string) => Promise<boolean>;
const resolvers = new Map<string, LinkResolver>();

export function registerFileLinkResolver(targetType: string, resolver: LinkResolver): void {
  resolvers.set(targetType, resolver);
}

export const blobStore = (core: Core) => new BlobStore(path.join(core.config.dataDir, 'files'));

export async function saveUpload(core: Core, ctx: Ctx, upload: { name: string; mime: string; data: Buffer }) {
  const sha = await blobStore(core).put(upload.data);
  return command(core, ctx, async (w) => {
    const file = { id: newId(), sha, name: upload.name.slice(0, 200), size: upload.data.length, mime: upload.mime.slice(0, 100), owner_user_id: ctx.actor!.userId, created_at: nowIso() };
    await w.tx.insertInto('files').values(file).execute();
    w.audit({ action: 'file.upload', targetType: 'file', targetId: file.id, summary: `上传文件：${file.name}`, detail: { size: file.size, sha } });
    return { id: file.id, name: file.name, size: file.size, mime: file.mime };
  });
}

/** The ids of these files the caller may see: their own uploads, or files attached to something they may see. */
export async function visibleFileIds(db: Db | Tx, access: Access, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('files').select(['id', 'owner_user_id']).where('id', 'in', ids).execute();
  const visible = new Set(rows.filter((r) => r.owner_user_id === access.userId).map((r) => r.id));
  const others = rows.filter((r) => !visible.has(r.id)).map((r) => r.id);
  if (!others.length) return visible;
  const links = await db.selectFrom('file_links').selectAll().where('file_id', 'in', others).execute();
  const decided = new Map<string, boolean>();
  for (const link of links) {
    const key = `${link.target_type}:${link.target_id}`;
    if (!decided.has(key)) decided.set(key, (await resolvers.get(link.target_type)?.(db, access, link.target_id)) ?? false);
    if (decided.get(key)) visible.add(link.file_id);
  }
  return visible;
}

export async function describeFiles(core: Core, access: Access, ids: string[]) {
  const visible = await visibleFileIds(core.db, access, ids);
  if (!visible.size) return { items: [] };
  const rows = await core.db.selectFrom('files').select(['id', 'name', 'size', 'mime']).where('id', 'in', [...visible]).execute();
  return { items: rows };
}

export async function openFile(core: Core, access: Access, id: string) {
  if (!(await visibleFileIds(core.db, access, [id])).has(id)) throw notFound();
  const file = await core.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { file, stream: blobStore(core).read(file.sha) };
}

/**
 * Attaches files to an object (inside the caller's transaction). Only one's own uploads, or files
 * already attached to this same object, may be attached, so ids cannot be borrowed.
 */
export async function linkFiles(tx: Tx, userId: string, ids: string[], target: { type: string; id: string }): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const own = await tx.selectFrom('files').select('id').where('id', 'in', unique).where('owner_user_id', '=', userId).execute();
  const linked = await tx
    .selectFrom('file_links')
    .select('file_id')
    .where('file_id', 'in', unique)
    .where('target_type', '=', target.type)
    .where('target_id', '=', target.id)
    .execute();
  const allowed = new Set([...own.map((r) => r.id), ...linked.map((r) => r.file_id)]);
  if (unique.some((id) => !allowed.has(id))) throw invalid('FILE_INVALID', 'error.fileInvalid');
  await tx
    .insertInto('file_links')
    .values(unique.map((file_id) => ({ file_id, target_type: target.type, target_id: target.id })))
    .onConflict((oc) => oc.columns(['file_id', 'target_type', 'target_id']).doNothing())
    .execute();
}
