import type { Auth } from '../../../platform/auth/hook.js';
import type { Core, Ctx } from '../../../platform/context.js';
import { command, recordAudit } from '../../../platform/command.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import { linkFiles } from '../../../platform/files/files.js';
import { newId, nowIso } from '../../../platform/util.js';
import { keepForDocument, readingCopy } from '../../documents/index.js';
import { requireMaterialsOpen, visibleMeeting } from '../policy.js';
import { expectedAttendees, tell } from './notices.js';

/** Files of a meeting are linked to it under this type; the meeting's own routes decide who reads them. */
export const MEETING_FILE_LINK = 'meeting';
const WATERMARKABLE = /\.(pdf|png|jpe?g)$/i;

/** 上传材料: a new material, or a new version of one (groupId); late after the deadline, still taken. Attendees are told. */
export async function addMaterial(core: Core, ctx: Ctx, auth: Auth, id: string, input: { fileId: string; groupId?: string }) {
  return command(core, ctx, async (w) => {
    const role = await visibleMeeting(w.tx, auth.access, id);
    const m = role.meeting;
    if (!role.manages && !role.attends) throw forbidden();
    if (m.status === 'cancelled') throw conflict('MEETING_CANCELLED', 'meeting.cancelled');
    await linkFiles(w.tx, auth.user.id, [input.fileId], { type: MEETING_FILE_LINK, id });
    const file = await w.tx.selectFrom('files').select(['name']).where('id', '=', input.fileId).executeTakeFirstOrThrow();
    // A 秘密 meeting's materials are given out only as watermarked PDFs: they must be PDFs or scans.
    if (m.classification === 'secret' && !WATERMARKABLE.test(file.name)) throw invalid('MEETING_SECRET_FORMAT', 'error.validation', {}, { fileId: { key: 'meeting.secretFormat' } });
    let version = 1;
    let groupId = newId();
    if (input.groupId) {
      const last = await w.tx.selectFrom('meeting_materials').select((eb) => eb.fn.max('version').as('v')).where('meeting_id', '=', id).where('group_id', '=', input.groupId).executeTakeFirst();
      if (!last?.v) throw notFound();
      version = Number(last.v) + 1;
      groupId = input.groupId;
    }
    const keptId = await keepForDocument(core, w.tx, { secret_level: m.classification }, input.fileId);
    await w.tx.insertInto('file_links').values({ file_id: keptId, target_type: MEETING_FILE_LINK, target_id: id }).onConflict((oc) => oc.doNothing()).execute();
    const late = Date.now() > Date.parse(m.materials_due_at);
    const material = { id: newId(), meeting_id: id, group_id: groupId, version, name: file.name, file_id: keptId, uploaded_by: auth.user.id, uploaded_at: nowIso(), late: late ? 1 : 0 };
    await w.tx.insertInto('meeting_materials').values(material).execute();
    if (m.status === 'approved') {
      const others = (await expectedAttendees(w, id)).filter((u) => u !== auth.user.id);
      await tell(core, w, m, others, version > 1 ? 'materialVersion' : 'material', null, { name: file.name, version });
    }
    w.audit({ action: 'meeting.material.add', targetType: 'meeting', targetId: id, summary: `上传会议材料：${file.name}（第${version}版）${late ? '（逾期）' : ''}`, detail: { materialId: material.id, groupId, version, late } });
    return { id: material.id, groupId, version, late };
  });
}

/** The materials, each with its versions (newest first), for those who may open them. */
export async function listMaterials(core: Core, auth: Auth, id: string) {
  const role = await visibleMeeting(core.db, auth.access, id);
  await requireMaterialsOpen(core.db, auth, role);
  const rows = await core.db
    .selectFrom('meeting_materials')
    .leftJoin('users', 'users.id', 'meeting_materials.uploaded_by')
    .leftJoin('files', 'files.id', 'meeting_materials.file_id')
    .select(['meeting_materials.id', 'group_id', 'version', 'meeting_materials.name', 'uploaded_at', 'late', 'users.display_name as uploadedBy', 'files.size'])
    .where('meeting_id', '=', id)
    .orderBy('uploaded_at')
    .execute();
  const groups = new Map<string, { groupId: string; name: string; versions: { id: string; version: number; name: string; uploadedAt: string; uploadedBy: string; late: boolean; size: number }[] }>();
  for (const r of rows) {
    const group = groups.get(r.group_id) ?? { groupId: r.group_id, name: r.name, versions: [] };
    group.versions.unshift({ id: r.id, version: r.version, name: r.name, uploadedAt: r.uploaded_at, uploadedBy: r.uploadedBy ?? '', late: !!r.late, size: r.size ?? 0 });
    group.name = r.name;
    groups.set(r.group_id, group);
  }
  return { dueAt: role.meeting.materials_due_at, classification: role.meeting.classification, items: [...groups.values()] };
}

/** One version's file: as uploaded, or for a 秘密 meeting a PDF watermarked with the reader's name and the time (each download recorded). */
export async function downloadMaterial(core: Core, ctx: Ctx, auth: Auth, id: string, materialId: string) {
  const role = await visibleMeeting(core.db, auth.access, id);
  await requireMaterialsOpen(core.db, auth, role);
  const material = await core.db.selectFrom('meeting_materials').selectAll().where('id', '=', materialId).where('meeting_id', '=', id).executeTakeFirst();
  if (!material) throw notFound();
  const file = await core.db.selectFrom('files').select(['name', 'mime', 'sha', 'encrypted']).where('id', '=', material.file_id).executeTakeFirstOrThrow();
  const copy = await readingCopy(core, ctx, { secret_level: role.meeting.classification }, file);
  if (role.meeting.classification === 'secret') {
    await recordAudit(core, ctx, { action: 'meeting.material.download', targetType: 'meeting', targetId: id, summary: `下载秘密会议材料（水印）：${material.name}`, detail: { materialId } });
  }
  return copy;
}
