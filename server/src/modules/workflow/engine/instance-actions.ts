import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Access } from '../../../platform/access/resolve.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { isoAfter, nowIso } from '../../../platform/util.js';
import type { Step } from '../definition/types.js';
import { isFlowAdmin } from '../policy.js';
import { loadRun } from './load.js';
import type { Run } from './run.js';
import { notifyTask } from '../../notifications/index.js';

const URGE_INTERVAL_MS = 3_600_000;

async function onInstance<T>(
  core: Core,
  ctx: Ctx,
  instanceId: string,
  expectedVersion: number | undefined,
  audit: { action: string; summary: string },
  fn: (run: Run) => Promise<T>,
): Promise<T> {
  return command(core, ctx, async (w) => {
    const run = await loadRun(core, w, ctx, { instanceId }, expectedVersion);
    const result = await fn(run);
    await run.save();
    w.audit({ action: audit.action, targetType: 'flowInstance', targetId: instanceId, summary: `${audit.summary}：${run.instance.title}` });
    return result;
  });
}

const requireInitiator = (run: Run, ctx: Ctx) => {
  if (run.instance.initiator_user_id !== ctx.actor?.userId) throw notFound();
};
const requireRunning = (run: Run) => {
  if (run.instance.status !== 'running') throw new AppError('INSTANCE_NOT_RUNNING', 409, 'workflow.notRunning');
};

/** Whether a handler has acted since the last submission (then 撤回 is too late). */
export async function hasActedSince(db: Db | Tx, instanceId: string, since: string | undefined): Promise<boolean> {
  const acted = await db
    .selectFrom('flow_tasks')
    .select('id')
    .where('instance_id', '=', instanceId)
    .where('kind', 'in', ['approval', 'handle'])
    .where('status', '=', 'done')
    .where('completed_at', '>=', since ?? '')
    .limit(1)
    .executeTakeFirst();
  return !!acted;
}

export const withdraw = (core: Core, ctx: Ctx, instanceId: string, input: { reason?: string; expectedVersion?: number }) =>
  onInstance(core, ctx, instanceId, input.expectedVersion, { action: 'workflow.instance.withdraw', summary: '撤回' }, async (run) => {
    requireInitiator(run, ctx);
    requireRunning(run);
    if (await hasActedSince(run.w.tx, run.instance.id, run.state.submittedAt)) throw new AppError('WITHDRAW_TOO_LATE', 409, 'workflow.withdrawTooLate');
    await run.history({ stepId: run.tree.root.id, stepName: run.tree.root.name, action: 'withdraw', opinion: input.reason });
    await run.finish('withdrawn');
  });

/** 催办: reminds every open task's handler, at most once an hour per task. */
export const urge = (core: Core, ctx: Ctx, instanceId: string, input: { message?: string }) =>
  onInstance(core, ctx, instanceId, undefined, { action: 'workflow.instance.urge', summary: '催办' }, async (run) => {
    requireInitiator(run, ctx);
    requireRunning(run);
    const due = await run.w.tx
      .selectFrom('flow_tasks')
      .selectAll()
      .where('instance_id', '=', instanceId)
      .where('status', '=', 'pending')
      .where('kind', 'in', ['approval', 'handle'])
      .where((eb) => eb.or([eb('urged_at', 'is', null), eb('urged_at', '<', isoAfter(-URGE_INTERVAL_MS))]))
      .execute();
    if (!due.length) throw new AppError('URGE_TOO_SOON', 429, 'workflow.urgeTooSoon');
    await run.w.tx.updateTable('flow_tasks').set({ urged_at: nowIso() }).where('id', 'in', due.map((t) => t.id)).execute();
    for (const t of due) {
      await run.history({ stepId: t.step_id, stepName: t.step_name, taskId: t.id, action: 'urge', opinion: input.message });
      run.w.emit({ type: 'workflow.task.urged', payload: { taskId: t.id, instanceId, userId: t.assignee_user_id, message: input.message ?? '' } });
      await notifyTask(run.w, 'urged', { taskId: t.id, userIds: [t.assignee_user_id], message: input.message });
    }
    return { urged: due.length };
  });

/** A CC recipient marks the copy read. */
export async function markRead(core: Core, ctx: Ctx, taskId: string): Promise<void> {
  await command(core, ctx, async (w) => {
    const task = await w.tx.selectFrom('flow_tasks').selectAll().where('id', '=', taskId).executeTakeFirst();
    if (!task || task.kind !== 'cc' || task.assignee_user_id !== ctx.actor?.userId) throw notFound();
    if (task.read_at) return;
    await w.tx.updateTable('flow_tasks').set({ status: 'done', outcome: 'read', read_at: nowIso(), completed_at: nowIso() }).where('id', '=', taskId).execute();
    w.audit({ action: 'workflow.task.read', targetType: 'flowInstance', targetId: task.instance_id, summary: `已阅：${task.step_name}` });
  });
}

export type AdminAction =
  | { action: 'reassign'; taskId: string; userId: string }
  | { action: 'jump'; stepId: string }
  | { action: 'suspend' }
  | { action: 'resume' }
  | { action: 'terminate' };

/** 流程干预 by a flow administrator: reassign a task, jump to a step, suspend, resume, terminate. */
export const intervene = (core: Core, ctx: Ctx, access: Access, instanceId: string, input: AdminAction & { reason?: string }) =>
  onInstance(core, ctx, instanceId, undefined, { action: `workflow.admin.${input.action}`, summary: `流程干预（${input.action}）` }, async (run) => {
    if (!isFlowAdmin(access, { admin_user_id: run.flow.adminUserId })) throw notFound();
    const root = run.tree.root;
    const record = (step: Pick<Step, 'id' | 'name'>, detail: Record<string, unknown> = {}) =>
      run.history({ stepId: step.id, stepName: step.name, action: `admin.${input.action}`, opinion: input.reason, detail });
    switch (input.action) {
      case 'suspend':
        requireRunning(run);
        run.instance = { ...run.instance, status: 'suspended' };
        return record(root);
      case 'resume':
        if (run.instance.status !== 'suspended') throw new AppError('INSTANCE_NOT_SUSPENDED', 409, 'workflow.notSuspended');
        run.instance = { ...run.instance, status: 'running' };
        return record(root);
      case 'terminate':
        if (run.instance.status !== 'running' && run.instance.status !== 'suspended') throw new AppError('INSTANCE_NOT_RUNNING', 409, 'workflow.notRunning');
        await record(root);
        return run.finish('terminated');
      case 'reassign': {
        requireRunning(run);
        const task = await run.w.tx.selectFrom('flow_tasks').selectAll().where('id', '=', input.taskId).where('instance_id', '=', instanceId).executeTakeFirst();
        if (!task || (task.status !== 'pending' && task.status !== 'queued')) throw new AppError('TASK_HANDLED', 409, 'workflow.taskHandled');
        if (!(await run.dir.user(run.w.tx, input.userId))) throw new AppError('USER_INVALID', 422, 'workflow.userInvalid');
        await run.w.tx.updateTable('flow_tasks').set({ status: 'cancelled', outcome: 'reassigned', completed_at: nowIso() }).where('id', '=', task.id).execute();
        await run.handOver(task, input.userId);
        return record({ id: task.step_id, name: task.step_name }, { from: task.assignee_user_id, to: input.userId });
      }
      case 'jump': {
        requireRunning(run);
        if (!run.tree.has(input.stepId)) throw new AppError('STEP_UNKNOWN', 422, 'workflow.returnTargetInvalid');
        const target = run.tree.entryFor(input.stepId);
        await run.cancelOpenTasks('jumped');
        run.state.joins = {};
        run.state.round += 1;
        run.state.returnTo = undefined;
        await record(target);
        return run.enter(target, run.tree.containerOf(target.id));
      }
    }
  });
