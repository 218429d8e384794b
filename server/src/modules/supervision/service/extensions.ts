import type { Core, Ctx } from '../../../platform/context.js';
import { command, type Work } from '../../../platform/command.js';
import type { Access } from '../../../platform/access/resolve.js';
import type { SupervisionExtensionTable } from '../../../platform/db/schema-supervision.js';
import { isUniqueViolation } from '../../../platform/db/unique.js';
import { AppError, conflict, forbidden, invalid } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import { startFlowIn, type TaskActionEvent } from '../../workflow/index.js';
import { today } from '../clock.js';
import { EXTENSION_FLOW_KEY } from '../flow.js';
import { rolesOn } from '../policy.js';
import { addEvent, isLive, loadItem, requireLive, tell } from './timeline.js';

type Extension = SupervisionExtensionTable;

/** Approval moves the deadline (an overdue item whose new deadline is ahead is in progress again). */
async function apply(w: Work, ext: Extension, approverId: string | null): Promise<void> {
  const now = nowIso();
  await w.tx.updateTable('supervision_extensions').set({ status: 'approved', decided_at: now }).where('id', '=', ext.id).execute();
  const item = await loadItem(w.tx, ext.item_id);
  if (!isLive(item)) return;
  const status = ext.new_deadline >= today() ? 'open' : item.status;
  await w.tx
    .updateTable('supervision_items')
    .set({ deadline: ext.new_deadline, status, escalated_at: status === 'open' ? null : item.escalated_at, updated_at: now })
    .where('id', '=', item.id)
    .execute();
  await addEvent(w.tx, item.id, 'extensionApproved', approverId, `${ext.old_deadline} → ${ext.new_deadline}`);
  w.audit({ action: 'supervision.extension.approve', targetType: 'supervisionItem', targetId: item.id, summary: `延期获批：${item.title}，期限改为 ${ext.new_deadline}`, detail: { extensionId: ext.id, before: ext.old_deadline, after: ext.new_deadline } });
  await tell(w, { ...item, deadline: ext.new_deadline }, [ext.requested_by, item.owner_user_id], 'extensionDecided', 'supervision.notice.extensionApproved', 'supervision.notice.extensionApprovedBody');
}

/** 延期申请: a later deadline and the reason, approved on the 督办延期 flow. */
export async function requestExtension(core: Core, ctx: Ctx, access: Access, id: string, input: { newDeadline: string; reason: string }) {
  return command(core, ctx, async (w) => {
    const item = await loadItem(w.tx, id);
    if (!(await rolesOn(w.tx, access, item)).answerable) throw forbidden();
    requireLive(item);
    if (input.newDeadline <= item.deadline) {
      throw invalid('SUPERVISION_EXTENSION_NOT_LATER', 'supervision.extensionNotLater', { deadline: item.deadline }, { newDeadline: { key: 'supervision.extensionNotLater', params: { deadline: item.deadline } } });
    }
    const ext: Extension = { id: newId(), item_id: id, requested_by: access.userId, old_deadline: item.deadline, new_deadline: input.newDeadline, reason: input.reason, status: 'pending', flow_instance_id: null, requested_at: nowIso(), decided_at: null };
    // A request whose flow was withdrawn on the workflow's own page is closed, so that the owner may ask again.
    await w.tx
      .updateTable('supervision_extensions')
      .set({ status: 'withdrawn', decided_at: nowIso() })
      .where('item_id', '=', id)
      .where('status', '=', 'pending')
      .where('flow_instance_id', 'in', (q) => q.selectFrom('flow_instances').select('id').where('status', 'in', ['withdrawn', 'terminated']))
      .execute();
    const pending = await w.tx.selectFrom('supervision_extensions').select('id').where('item_id', '=', id).where('status', '=', 'pending').executeTakeFirst();
    if (pending) throw conflict('SUPERVISION_EXTENSION_PENDING', 'supervision.extensionPending');
    try {
      await w.tx.insertInto('supervision_extensions').values(ext).execute();
    } catch (error) {
      throw isUniqueViolation(error) ? conflict('SUPERVISION_EXTENSION_PENDING', 'supervision.extensionPending') : error;
    }
    const flowDefined = await w.tx.selectFrom('flow_definitions').select('id').where('key', '=', EXTENSION_FLOW_KEY).executeTakeFirst();
    if (!flowDefined) throw new AppError('SUPERVISION_FLOW_MISSING', 409, 'supervision.flowMissing');
    const flow = await startFlowIn(core, w, ctx, {
      definitionKey: EXTENSION_FLOW_KEY,
      title: `督办延期：${item.title}`.slice(0, 200),
      form: { title: item.title, deadline: item.deadline, newDeadline: input.newDeadline, reason: input.reason },
      businessType: EXTENSION_FLOW_KEY,
      businessId: ext.id,
    });
    await w.tx.updateTable('supervision_extensions').set({ flow_instance_id: flow.id }).where('id', '=', ext.id).execute();
    await addEvent(w.tx, id, 'extensionRequested', access.userId, `${item.deadline} → ${input.newDeadline}：${input.reason}`);
    w.audit({ action: 'supervision.extension.request', targetType: 'supervisionItem', targetId: id, summary: `申请延期：${item.title}，至 ${input.newDeadline}`, detail: { extensionId: ext.id, flowInstanceId: flow.id, newDeadline: input.newDeadline } });
    // A flow edited down to no approval step ends at once.
    if (flow.status === 'approved') await apply(w, { ...ext, flow_instance_id: flow.id }, access.userId);
    return { id: ext.id, flowInstanceId: flow.id };
  });
}

/** The 延期 flow's end, in the deciding action's transaction. */
export async function onExtensionTask(e: TaskActionEvent): Promise<void> {
  const ended = e.instance.status;
  if (ended !== 'approved' && ended !== 'rejected' && ended !== 'withdrawn' && ended !== 'terminated') return;
  const ext = await e.tx.selectFrom('supervision_extensions').selectAll().where('flow_instance_id', '=', e.instance.id).where('status', '=', 'pending').executeTakeFirst();
  if (!ext) return;
  if (ended === 'approved') return apply(e.w, ext, e.ctx.actor?.userId ?? null);
  const { w } = e;
  const status = ended === 'rejected' ? 'rejected' : 'withdrawn';
  await w.tx.updateTable('supervision_extensions').set({ status, decided_at: nowIso() }).where('id', '=', ext.id).execute();
  const item = await loadItem(w.tx, ext.item_id);
  await addEvent(w.tx, item.id, 'extensionRejected', e.ctx.actor?.userId ?? null, e.opinion);
  w.audit({ action: `supervision.extension.${status === 'rejected' ? 'reject' : 'withdraw'}`, targetType: 'supervisionItem', targetId: item.id, summary: `延期申请${status === 'rejected' ? '未获批准' : '已撤回'}：${item.title}`, detail: { extensionId: ext.id } });
  if (status === 'rejected') await tell(w, item, [ext.requested_by], 'extensionDecided', 'supervision.notice.extensionRejected', 'supervision.notice.extensionRejectedBody');
}
