import type { Core, Ctx } from '../../../platform/context.js';
import { command, type Work } from '../../../platform/command.js';
import type { Access } from '../../../platform/access/resolve.js';
import { conflict, forbidden } from '../../../platform/errors.js';
import { nowIso } from '../../../platform/util.js';
import { today } from '../clock.js';
import { rolesOn } from '../policy.js';
import { addEvent, loadItem, requireLive, supervisors, tell, type Item } from './timeline.js';

/**
 * 办结 decision: the owner reports it concluded with the result and a 督查员 confirms (or returns it);
 * a 督查员 may also conclude directly. The confirmation keeps 督查 in charge of what counts as done,
 * which the 考核 on-time rate depends on.
 */
export async function concludeIn(w: Work, item: Item, result: string, actorUserId: string | null): Promise<void> {
  const now = nowIso();
  const done = await w.tx
    .updateTable('supervision_items')
    .set({ status: 'concluded', result, concluded_on: today(), concluded_at: now, concluded_by: actorUserId, conclusion_requested_at: null, updated_at: now })
    .where('id', '=', item.id)
    .where('status', 'in', ['open', 'overdue'])
    .executeTakeFirst();
  if (!Number(done.numUpdatedRows)) throw conflict('SUPERVISION_NOT_LIVE', 'supervision.notLive');
  await addEvent(w.tx, item.id, 'concluded', actorUserId, result);
  w.audit({ action: 'supervision.item.conclude', targetType: 'supervisionItem', targetId: item.id, summary: `督办办结：${item.title}`, detail: { result, deadline: item.deadline, concludedOn: today() } });
  if (actorUserId !== item.owner_user_id) await tell(w, item, [item.owner_user_id], 'concluded', 'supervision.notice.concluded', 'supervision.notice.concludedBody', { result });
}

/** The owner reports 办结 (waiting for a 督查员), or a 督查员 concludes at once. */
export async function conclude(core: Core, ctx: Ctx, access: Access, id: string, result: string) {
  return command(core, ctx, async (w) => {
    const item = await loadItem(w.tx, id);
    const roles = await rolesOn(w.tx, access, item);
    requireLive(item);
    if (roles.supervisor) {
      await concludeIn(w, item, result, access.userId);
      return { status: 'concluded' as const };
    }
    if (!roles.answerable) throw forbidden();
    const now = nowIso();
    const asked = await w.tx
      .updateTable('supervision_items')
      .set({ result, conclusion_requested_at: now, updated_at: now })
      .where('id', '=', id)
      .where('conclusion_requested_at', 'is', null)
      .executeTakeFirst();
    if (!Number(asked.numUpdatedRows)) throw conflict('SUPERVISION_CONCLUSION_PENDING', 'supervision.conclusionPending');
    await addEvent(w.tx, id, 'concludeRequested', access.userId, result);
    w.audit({ action: 'supervision.item.concludeRequest', targetType: 'supervisionItem', targetId: id, summary: `申请办结：${item.title}`, detail: { result } });
    const to = item.created_by ? [item.created_by] : await supervisors(w.tx);
    await tell(w, item, to, 'concludeRequested', 'supervision.notice.concludeRequested', 'supervision.notice.concludeRequestedBody', { name: ctx.actor?.displayName ?? '', result });
    return { status: 'pending' as const };
  });
}

/** A 督查员 confirms the owner's 办结, or returns it with an opinion. */
export async function confirmConclusion(core: Core, ctx: Ctx, access: Access, id: string, input: { approve: boolean; opinion: string }) {
  return command(core, ctx, async (w) => {
    const item = await loadItem(w.tx, id);
    const roles = await rolesOn(w.tx, access, item);
    if (!roles.supervisor) throw forbidden();
    requireLive(item);
    if (!item.conclusion_requested_at) throw conflict('SUPERVISION_NO_CONCLUSION', 'supervision.noConclusion');
    if (input.approve) {
      await concludeIn(w, item, item.result, access.userId);
      return { status: 'concluded' as const };
    }
    await w.tx.updateTable('supervision_items').set({ conclusion_requested_at: null, updated_at: nowIso() }).where('id', '=', id).execute();
    await addEvent(w.tx, id, 'concludeReturned', access.userId, input.opinion);
    w.audit({ action: 'supervision.item.concludeReturn', targetType: 'supervisionItem', targetId: id, summary: `退回办结申请：${item.title}`, detail: { opinion: input.opinion } });
    await tell(w, item, [item.owner_user_id], 'concludeReturned', 'supervision.notice.returned', 'supervision.notice.returnedBody', { name: ctx.actor?.displayName ?? '', opinion: input.opinion });
    return { status: item.status };
  });
}
