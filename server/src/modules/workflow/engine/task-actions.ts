import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { FlowTask } from '../../../platform/db/schema.js';
import { AppError, invalid, notFound } from '../../../platform/errors.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import type { Step, TaskStep } from '../definition/types.js';
import { validateSubmission } from '../forms/index.js';
import { loadRun } from './load.js';
import type { Run } from './run.js';
import { afterTaskDone, completeTask } from './steps.js';
import { runTaskActionHook } from './business-hooks.js';

export interface ActionInput {
  opinion?: string;
  attachments?: string[];
  expectedVersion?: number;
}

export interface ApproveInput extends ActionInput {
  form?: Record<string, unknown>;
  /** People the handler chooses for later steps whose rule is "chosen by the previous handler". */
  nextAssignees?: Record<string, string[]>;
}

export type ReturnTarget = 'initiator' | 'previous' | string;

const isTaskStep = (s: Step): s is TaskStep => s.type === 'approval' || s.type === 'handle';

/**
 * Runs one action on one task in one transaction: locks the task's instance, then reads the task,
 * and refuses if it was handled meanwhile (或签 raced by two people: the second is told so).
 */
export async function onTask<T>(
  core: Core,
  ctx: Ctx,
  taskId: string,
  input: ActionInput,
  action: string,
  fn: (run: Run, task: FlowTask) => Promise<T>,
): Promise<T> {
  return command(core, ctx, async (w) => {
    const run = await loadRun(core, w, ctx, { taskId }, input.expectedVersion);
    const task = await w.tx.selectFrom('flow_tasks').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();
    const me = ctx.actor?.userId;
    if (task.assignee_user_id !== me && task.on_behalf_of_user_id !== me) throw notFound();
    if (task.status !== 'pending') throw new AppError('TASK_HANDLED', 409, 'workflow.taskHandled');
    if (run.instance.status !== 'running') throw new AppError('INSTANCE_NOT_RUNNING', 409, 'workflow.notRunning');
    const result = await fn(run, task);
    const step = run.tree.get(task.step_id);
    await runTaskActionHook({ w, tx: w.tx, dialect: core.dialect, ctx, instance: run.instance, task, step: isTaskStep(step) ? step : undefined, action, opinion: input.opinion ?? '', form: run.values });
    await run.save();
    w.audit({
      action: `workflow.task.${action}`,
      targetType: 'flowInstance',
      targetId: run.instance.id,
      summary: `${action === 'approve' ? '同意' : action}：${run.instance.title}（${task.step_name}）`,
      detail: { taskId, stepId: task.step_id, opinion: input.opinion ?? '' },
    });
    return result;
  });
}

function taskStep(run: Run, task: FlowTask): TaskStep {
  const step = run.tree.get(task.step_id);
  if (!isTaskStep(step)) throw new AppError('WRONG_TASK_KIND', 409, 'workflow.wrongTaskKind');
  return step;
}

async function applyForm(run: Run, step: TaskStep, form: Record<string, unknown> | undefined): Promise<void> {
  if (!form) return;
  const calendar = await loadCalendar(run.w.tx);
  const result = validateSubmission(run.form, { ...run.values, ...form }, {
    rights: Object.fromEntries(run.form.fields.map((f) => [f.id, step.fieldRights?.[f.id] ?? 'readonly'])),
    previous: run.values,
    countWorkdays: (a, b) => calendar.workdaysBetween(a, b),
    locale: run.ctx.locale,
  });
  if (!result.ok) throw invalid('FORM_INVALID', 'error.validation', {}, result.fields);
  run.values = result.values;
}

export const approve = (core: Core, ctx: Ctx, taskId: string, input: ApproveInput) =>
  onTask(core, ctx, taskId, input, 'approve', async (run, task) => {
    if (task.kind === 'start') throw new AppError('WRONG_TASK_KIND', 409, 'workflow.wrongTaskKind');
    const step = taskStep(run, task);
    await applyForm(run, step, input.form);
    if (input.nextAssignees) run.state.chosen = { ...run.state.chosen, ...input.nextAssignees };
    const outcome = step.type === 'handle' ? 'handled' : 'approved';
    const done = await completeTask(run, task, outcome, input.opinion);
    await run.history({ stepId: step.id, stepName: step.name, task, action: outcome === 'handled' ? 'handle' : 'approve', opinion: input.opinion, attachments: input.attachments });
    await afterTaskDone(run, done, step);
  });

export const reject = (core: Core, ctx: Ctx, taskId: string, input: ActionInput) =>
  onTask(core, ctx, taskId, input, 'reject', async (run, task) => {
    const step = taskStep(run, task);
    if (step.type !== 'approval') throw new AppError('WRONG_TASK_KIND', 409, 'workflow.wrongTaskKind');
    const done = await completeTask(run, task, 'rejected', input.opinion);
    await run.history({ stepId: step.id, stepName: step.name, task, action: 'reject', opinion: input.opinion, attachments: input.attachments });
    if (step.mode === 'all' && step.passRatio !== undefined) return afterTaskDone(run, done, step);
    return run.finish('rejected');
  });

/** The step to return to: the initiator, the last task step passed, or a named passed step. */
function returnTarget(run: Run, target: ReturnTarget, fromStepId: string): Step {
  const passed = run.state.passed.filter((id) => id !== fromStepId && run.tree.has(id) && isTaskStep(run.tree.get(id)));
  if (target === 'initiator') return run.tree.root;
  if (target === 'previous') return passed.length ? run.tree.get(passed[passed.length - 1]!) : run.tree.root;
  if (!passed.includes(target)) throw invalid('RETURN_TARGET_INVALID', 'workflow.returnTargetInvalid');
  return run.tree.get(target);
}

export const returnTask = (core: Core, ctx: Ctx, taskId: string, input: ActionInput & { target: ReturnTarget; mode: 'rewalk' | 'direct' }) =>
  onTask(core, ctx, taskId, input, 'return', async (run, task) => {
    if (task.kind === 'start') throw new AppError('WRONG_TASK_KIND', 409, 'workflow.wrongTaskKind');
    const target = run.tree.entryFor(returnTarget(run, input.target, task.step_id).id);
    await completeTask(run, task, 'returned', input.opinion);
    await run.cancelOpenTasks('returned');
    const at = run.state.passed.indexOf(target.id);
    run.state.passed = at >= 0 ? run.state.passed.slice(0, at) : target.type === 'start' ? [] : run.state.passed;
    run.state.joins = {};
    run.state.round += 1;
    const back = run.tree.entryFor(task.step_id).id;
    run.state.returnTo = input.mode === 'direct' && back !== target.id ? { from: target.id, to: back } : undefined;
    await run.history({ stepId: task.step_id, stepName: task.step_name, task, action: 'return', opinion: input.opinion, attachments: input.attachments, detail: { to: target.id, toName: target.name, mode: input.mode } });
    run.w.emit({ type: 'workflow.instance.returned', payload: { instanceId: run.instance.id, to: target.id } });
    await run.enter(target, run.tree.containerOf(target.id));
  });

export const transfer = (core: Core, ctx: Ctx, taskId: string, input: ActionInput & { userId: string }) =>
  onTask(core, ctx, taskId, input, 'transfer', async (run, task) => {
    if (input.userId === task.assignee_user_id) throw invalid('TRANSFER_TO_SELF', 'workflow.transferToSelf');
    if (!(await run.dir.user(run.w.tx, input.userId))) throw invalid('USER_INVALID', 'workflow.userInvalid');
    await completeTask(run, task, 'transferred', input.opinion);
    const next = await run.handOver(task, input.userId);
    await run.history({ stepId: task.step_id, stepName: task.step_name, task, action: 'transfer', opinion: input.opinion, detail: { toUserId: input.userId, toTaskId: next.id } });
  });
