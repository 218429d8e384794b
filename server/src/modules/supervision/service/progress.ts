import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Access } from '../../../platform/access/resolve.js';
import { conflict, forbidden, notFound } from '../../../platform/errors.js';
import { linkFiles } from '../../../platform/files/files.js';
import { isoAfter, nowIso } from '../../../platform/util.js';
import { nextReportDue } from '../clock.js';
import { rolesOn } from '../policy.js';
import { addEvent, loadItem, requireLive, tell } from './timeline.js';

const URGE_GAP_MS = 60 * 60_000;

/** 进展报送 by the owner (or the lead department's head): text and an optional percentage; the next report falls due a period later. */
export async function reportProgress(core: Core, ctx: Ctx, access: Access, id: string, input: { body: string; percent?: number; fileIds: string[] }) {
  return command(core, ctx, async (w) => {
    const item = await loadItem(w.tx, id);
    if (!(await rolesOn(w.tx, access, item)).answerable) throw forbidden();
    requireLive(item);
    const percent = input.percent ?? null;
    await linkFiles(w.tx, access.userId, input.fileIds, { type: 'supervisionItem', id });
    await addEvent(w.tx, id, 'report', access.userId, input.body, percent, input.fileIds);
    const due = await nextReportDue(w.tx, item.report_schedule, item.report_interval);
    await w.tx
      .updateTable('supervision_items')
      .set({ ...(percent === null ? {} : { progress: percent }), next_report_due: due, report_requested_for: null, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    w.audit({ action: 'supervision.item.report', targetType: 'supervisionItem', targetId: id, summary: `报送进展：${item.title}${percent === null ? '' : `（${percent}%）`}`, detail: { percent, fileIds: input.fileIds } });
    return { nextReportDue: due };
  });
}

/**
 * 催办 by a 督查员: tells the owner, at most once an hour per item — the gap is kept by a
 * conditional update, so two supervisors urging at once send one notice.
 */
export async function urge(core: Core, ctx: Ctx, access: Access, id: string, message: string) {
  return command(core, ctx, async (w) => {
    const item = await loadItem(w.tx, id);
    if (!(await rolesOn(w.tx, access, item)).supervisor) throw forbidden();
    requireLive(item);
    const now = nowIso();
    const urged = await w.tx
      .updateTable('supervision_items')
      .set({ last_urged_at: now })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_urged_at', 'is', null), eb('last_urged_at', '<=', isoAfter(-URGE_GAP_MS))]))
      .executeTakeFirst();
    if (!Number(urged.numUpdatedRows)) throw conflict('SUPERVISION_URGED_RECENTLY', 'supervision.urgedRecently');
    await addEvent(w.tx, id, 'urge', access.userId, message);
    w.audit({ action: 'supervision.item.urge', targetType: 'supervisionItem', targetId: id, summary: `催办：${item.title}`, detail: { message } });
    await tell(w, item, [item.owner_user_id], 'urged', 'supervision.notice.urged', 'supervision.notice.urgedBody', { name: ctx.actor?.displayName ?? '', message: message || '请抓紧办理' });
    return { urgedAt: now };
  });
}

/** Marks a milestone done (or not yet) — the owner's or a supervisor's call. */
export async function setMilestone(core: Core, ctx: Ctx, access: Access, id: string, milestoneId: string, done: boolean) {
  return command(core, ctx, async (w) => {
    const item = await loadItem(w.tx, id);
    const roles = await rolesOn(w.tx, access, item);
    if (!roles.answerable && !roles.supervisor) throw forbidden();
    requireLive(item);
    const milestone = await w.tx.selectFrom('supervision_milestones').selectAll().where('id', '=', milestoneId).where('item_id', '=', id).executeTakeFirst();
    if (!milestone) throw notFound();
    const doneAt = done ? (milestone.done_at ?? nowIso()) : null;
    await w.tx.updateTable('supervision_milestones').set({ done_at: doneAt }).where('id', '=', milestoneId).execute();
    await addEvent(w.tx, id, 'milestone', access.userId, `${done ? '完成' : '重开'}：${milestone.title}`);
    w.audit({ action: 'supervision.milestone.set', targetType: 'supervisionItem', targetId: id, summary: `节点${done ? '完成' : '重开'}：${milestone.title}`, detail: { milestoneId, done } });
    return { id: milestoneId, done, doneAt };
  });
}
