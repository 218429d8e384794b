import type { Work } from '../../../platform/command.js';
import type { Tx } from '../../../platform/db/index.js';
import type { SupervisionSource } from '../../../platform/db/schema-supervision.js';
import { directory } from '../../../platform/directory.js';
import { nowIso } from '../../../platform/util.js';
import type { SupervisionSeed } from '../index.js';
import { concludeIn } from './conclusion.js';
import { insertItem } from './items.js';
import { addEvent } from './timeline.js';

const liveBySource = (tx: Tx, source: SupervisionSource, sourceId: string) =>
  tx.selectFrom('supervision_items').selectAll().where('source', '=', source).where('source_id', '=', sourceId).where('status', 'in', ['open', 'overdue']).executeTakeFirst();

/** Opens one item per seed (a repeated hand-over of the same decision or document returns the live item). */
export async function openSupervisionItems(w: Work, seeds: SupervisionSeed[]): Promise<string[]> {
  const ids: string[] = [];
  for (const seed of seeds) {
    const live = await liveBySource(w.tx, seed.source, seed.sourceId);
    ids.push(
      live?.id ??
        (await insertItem(
          w,
          {
            kind: seed.kind ?? 'item',
            parentId: null,
            source: seed.source,
            sourceId: seed.sourceId,
            sourceLink: seed.sourceLink,
            title: seed.title.slice(0, 200),
            content: seed.content,
            leadDepartmentId: seed.leadDepartmentId,
            coDepartmentIds: seed.coDepartmentIds ?? [],
            ownerUserId: seed.ownerUserId,
            deadline: seed.deadline,
            milestones: [],
            reportSchedule: seed.reportSchedule ?? 'none',
            reportInterval: seed.reportInterval ?? 5,
          },
          seed.createdBy ?? null,
        )),
    );
  }
  return ids;
}

/** Concludes the live item of a meeting decision or incoming document (its 办结 there); true when there was one. */
export async function closeSupervisionBySource(w: Work, source: SupervisionSource, sourceId: string, result: string, actorUserId: string | null = null): Promise<boolean> {
  const live = await liveBySource(w.tx, source, sourceId);
  if (!live) return false;
  await concludeIn(w, live, result, actorUserId);
  return true;
}

export interface IncomingFollowUp {
  documentId: string;
  title: string;
  /** The leader's 批示 or the reason it is followed. */
  content: string;
  handlingDepartmentId: string | null;
  deadline: string | null;
  supervised: boolean;
  actorUserId: string | null;
}

/**
 * A 收文 marked 督办 (at 批示, or later): opens its item (owner: the handling department's head), or
 * moves the live item's deadline; unmarked, the live item is cancelled. Without a handling
 * department or deadline there is nobody to answer yet, and nothing is opened.
 */
export async function followIncoming(w: Work, f: IncomingFollowUp): Promise<string | null> {
  const live = await liveBySource(w.tx, 'incoming', f.documentId);
  if (!f.supervised) {
    if (!live) return null;
    await w.tx.updateTable('supervision_items').set({ status: 'cancelled', updated_at: nowIso() }).where('id', '=', live.id).execute();
    await addEvent(w.tx, live.id, 'cancelled', f.actorUserId, '取消督办');
    w.audit({ action: 'supervision.item.cancel', targetType: 'supervisionItem', targetId: live.id, summary: `收文取消督办：${live.title}` });
    return null;
  }
  if (!f.handlingDepartmentId || !f.deadline) return null;
  if (live) {
    if (live.deadline !== f.deadline) {
      await w.tx.updateTable('supervision_items').set({ deadline: f.deadline, status: 'open', escalated_at: null, updated_at: nowIso() }).where('id', '=', live.id).execute();
      w.audit({ action: 'supervision.item.deadline', targetType: 'supervisionItem', targetId: live.id, summary: `收文督办期限改为 ${f.deadline}`, detail: { before: live.deadline, after: f.deadline } });
    }
    return live.id;
  }
  const owner = await directory().departmentHead(w.tx, f.handlingDepartmentId);
  if (!owner) return null;
  const [id] = await openSupervisionItems(w, [
    { source: 'incoming', sourceId: f.documentId, title: f.title, content: f.content, leadDepartmentId: f.handlingDepartmentId, ownerUserId: owner, deadline: f.deadline, sourceLink: `/incoming/${f.documentId}`, createdBy: f.actorUserId, reportSchedule: 'weekly' },
  ]);
  return id!;
}
