import type { Core, Ctx } from '../../../platform/context.js';
import type { Work } from '../../../platform/command.js';
import type { FlowInstance, FlowTask, InstanceStatus } from '../../../platform/db/schema.js';
import { directory } from '../../../platform/directory.js';
import { invalid } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import { FlowTree, type Container } from '../definition/tree.js';
import type { FormDefinition, FormValues } from '../forms/types.js';
import type { Step, TaskStep } from '../definition/types.js';
import { resolveAssignees } from './assignees.js';
import { chooseBranch } from './conditions.js';
import type { InstanceState } from './state.js';
import { scheduleTimeLimit } from './timers.js';
import { attachmentIds } from '../forms/index.js';
import { linkFiles } from '../../../platform/files/files.js';
import { notifyTask } from '../../notifications/index.js';

export interface HistoryEntry {
  stepId: string;
  stepName: string;
  action: string;
  taskId?: string | null;
  opinion?: string;
  attachments?: string[];
  detail?: Record<string, unknown>;
  /** The task acted on: its id is recorded, and a delegate acting names the person they stand in for. */
  task?: FlowTask;
}

/** Everything one transition works with, inside one transaction. Mutates the instance and its state, then `save()`s. */
export class Run {
  readonly now = nowIso();
  readonly dir = directory();
  private finishedAs?: InstanceStatus;

  constructor(
    readonly core: Core,
    readonly w: Work,
    readonly ctx: Ctx,
    public instance: FlowInstance,
    readonly tree: FlowTree,
    readonly form: FormDefinition,
    public values: FormValues,
    readonly state: InstanceState,
    readonly flow: { id: string; name: string; adminUserId: string | null },
  ) {}

  get actorName(): string {
    return this.ctx.actor?.displayName ?? '系统';
  }

  /** Files named in this transition (form fields and opinions), attached to the instance on save. */
  private readonly files = new Set<string>();

  async history(e: HistoryEntry): Promise<void> {
    for (const id of e.attachments ?? []) this.files.add(id);
    const behalf = e.task?.on_behalf_of_user_id && e.task.assignee_user_id === this.ctx.actor?.userId ? e.task.on_behalf_of_user_id : null;
    const onBehalfOfName = behalf ? (await this.dir.names(this.w.tx, [behalf])).get(behalf) ?? null : null;
    await this.w.tx
      .insertInto('flow_history')
      .values({
        id: newId(),
        instance_id: this.instance.id,
        step_id: e.stepId,
        step_name: e.stepName,
        task_id: e.task?.id ?? e.taskId ?? null,
        actor_user_id: this.ctx.actor?.userId ?? null,
        actor_name: this.actorName,
        on_behalf_of_name: onBehalfOfName,
        action: e.action,
        opinion: e.opinion ?? '',
        attachments: JSON.stringify(e.attachments ?? []),
        detail: JSON.stringify(e.detail ?? {}),
        at: nowIso(),
      })
      .execute();
  }

  /** Enters a chain at `step` (null = the chain has ended) inside `container`. */
  async enter(step: Step | null, container: Container): Promise<void> {
    if (this.finishedAs) return;
    if (!step) return this.chainEnded(container);
    switch (step.type) {
      case 'start':
        await this.createTasks(step.id, step.name, 'start', 'serial', [this.instance.initiator_user_id]);
        return;
      case 'approval':
      case 'handle':
        return this.enterTaskStep(step);
      case 'cc': {
        const users = await this.assignees(step.assignee);
        if (users.length) await this.createTasks(step.id, step.name, 'cc', 'all', users);
        await this.history({ stepId: step.id, stepName: step.name, action: 'cc', detail: { users } });
        return this.continueAfter(step);
      }
      case 'condition': {
        const branch = chooseBranch(step, this.values);
        await this.history({ stepId: step.id, stepName: step.name, action: 'branch', detail: { branchId: branch.id, branch: branch.name } });
        return this.enter(branch.next, { kind: 'condition', ownerId: step.id, branchId: branch.id });
      }
      case 'parallel':
        this.state.joins[step.id] = [];
        for (const b of step.branches) await this.enter(b.next, { kind: 'parallel', ownerId: step.id, branchId: b.id });
        return;
    }
  }

  private assignees(rule: TaskStep['assignee'], stepId?: string): Promise<string[]> {
    const fieldType = rule.kind === 'formField' ? this.form.fields.find((f) => f.id === rule.fieldId)?.type : undefined;
    return resolveAssignees(
      rule,
      { db: this.w.tx, dir: this.dir, initiatorUserId: this.instance.initiator_user_id, form: this.values, chosen: stepId ? this.state.chosen[stepId] ?? [] : [] },
      fieldType,
    );
  }

  private async approvedBefore(): Promise<Set<string>> {
    const rows = await this.w.tx
      .selectFrom('flow_tasks')
      .select('assignee_user_id')
      .where('instance_id', '=', this.instance.id)
      .where('outcome', '=', 'approved')
      .execute();
    return new Set(rows.map((r) => r.assignee_user_id));
  }

  private async enterTaskStep(step: TaskStep): Promise<void> {
    const found = await this.assignees(step.assignee, step.id);
    const approved = step.autoPassIfApprovedBefore ? await this.approvedBefore() : new Set<string>();
    const users = found.filter(
      (u) => !(step.autoPassIfInitiator && u === this.instance.initiator_user_id) && !approved.has(u),
    );
    if (!users.length && found.length) {
      await this.history({ stepId: step.id, stepName: step.name, action: 'autoPass', detail: { reason: 'sameApprover' } });
      return this.continueAfter(step);
    }
    if (!users.length) {
      if (step.emptyPolicy === 'refuse') throw invalid('NO_ASSIGNEE', 'workflow.noAssignee', { step: step.name });
      if (step.emptyPolicy === 'autoPass' || !this.flow.adminUserId) {
        await this.history({ stepId: step.id, stepName: step.name, action: 'autoPass', detail: { reason: 'noAssignee' } });
        return this.continueAfter(step);
      }
      users.push(this.flow.adminUserId);
    }
    const mode = step.assignee.kind === 'headChain' ? 'serial' : step.mode;
    const tasks = await this.createTasks(step.id, step.name, step.type, mode, users);
    for (const task of tasks) if (task.status === 'pending' && step.timeLimit) await scheduleTimeLimit(this, task, step.timeLimit);
  }

  /** Out-of-office delegation in force for this user and flow, if any. */
  private async delegateOf(userId: string): Promise<string | null> {
    const rules = await this.w.tx
      .selectFrom('flow_delegations')
      .select(['delegate_user_id', 'definition_ids'])
      .where('user_id', '=', userId)
      .where('starts_at', '<=', this.now)
      .where('ends_at', '>', this.now)
      .execute();
    const rule = rules.find((r) => !r.definition_ids || (JSON.parse(r.definition_ids) as string[]).includes(this.flow.id));
    return rule?.delegate_user_id ?? null;
  }

  async createTask(t: Pick<FlowTask, 'step_id' | 'step_name' | 'kind' | 'mode' | 'status' | 'seq'> & Partial<FlowTask>, assignee: string): Promise<FlowTask> {
    const delegate = t.kind === 'cc' ? null : await this.delegateOf(assignee);
    const task: FlowTask = {
      id: newId(),
      instance_id: this.instance.id,
      assignee_user_id: delegate ?? assignee,
      on_behalf_of_user_id: delegate ? assignee : null,
      outcome: null,
      opinion: '',
      round: this.state.round,
      wait_task_id: null,
      completes_step: 1,
      due_at: null,
      overdue: 0,
      urged_at: null,
      read_at: null,
      created_at: nowIso(),
      completed_at: null,
      ...t,
    };
    await this.w.tx.insertInto('flow_tasks').values(task).execute();
    this.w.emit({ type: 'workflow.task.created', payload: { taskId: task.id, instanceId: this.instance.id, stepId: task.step_id, userId: task.assignee_user_id, kind: task.kind } });
    await notifyTask(this.w, 'created', { taskId: task.id, userIds: [task.assignee_user_id] });
    return task;
  }

  /**
   * A new task for `userId` in the place of `task` (transfer, reassignment): same step, order,
   * status and time limit, and whoever waited on the old task now waits on the new one.
   */
  async handOver(task: FlowTask, userId: string): Promise<FlowTask> {
    const next = await this.createTask(
      {
        step_id: task.step_id,
        step_name: task.step_name,
        kind: task.kind,
        mode: task.mode,
        status: task.status,
        seq: task.seq,
        wait_task_id: task.wait_task_id,
        completes_step: task.completes_step,
        due_at: task.due_at,
      },
      userId,
    );
    await this.w.tx.updateTable('flow_tasks').set({ wait_task_id: next.id }).where('wait_task_id', '=', task.id).execute();
    return next;
  }

  async createTasks(stepId: string, stepName: string, kind: FlowTask['kind'], mode: string, users: string[]): Promise<FlowTask[]> {
    const tasks: FlowTask[] = [];
    for (const [i, user] of users.entries()) {
      const status = mode === 'serial' && i > 0 ? 'queued' : 'pending';
      tasks.push(await this.createTask({ step_id: stepId, step_name: stepName, kind, mode, status, seq: i + 1 }, user));
    }
    this.w.emit({ type: 'workflow.step.entered', payload: { instanceId: this.instance.id, stepId } });
    return tasks;
  }

  /** A step is done: go on after it, or jump back to the step that returned the flow here. */
  async continueAfter(step: Step): Promise<void> {
    if (step.type === 'approval' || step.type === 'handle' || step.type === 'cc') this.state.passed.push(step.id);
    const back = this.state.returnTo;
    if (back?.from === step.id && this.tree.has(back.to)) {
      this.state.returnTo = undefined;
      return this.enter(this.tree.get(back.to), this.tree.containerOf(back.to));
    }
    return this.enter(step.next, this.tree.containerOf(step.id));
  }

  private async chainEnded(container: Container): Promise<void> {
    if (container.kind === 'root') return this.finish('approved');
    const owner = this.tree.owner(container.ownerId);
    if (container.kind === 'condition') return this.continueAfter(owner);
    const joined = [...(this.state.joins[owner.id] ?? []), container.branchId];
    this.state.joins[owner.id] = joined;
    if (joined.length < owner.branches.length) return;
    delete this.state.joins[owner.id];
    return this.continueAfter(owner);
  }

  async cancelOpenTasks(outcome = 'cancelled'): Promise<void> {
    await this.w.tx
      .updateTable('flow_tasks')
      .set({ status: 'cancelled', outcome, completed_at: nowIso() })
      .where('instance_id', '=', this.instance.id)
      .where('status', 'in', ['pending', 'queued'])
      .where('kind', '!=', 'cc')
      .execute();
  }

  async finish(status: InstanceStatus): Promise<void> {
    this.finishedAs = status;
    await this.cancelOpenTasks();
    this.instance = { ...this.instance, status, finished_at: nowIso() };
    this.w.emit({
      type: `workflow.instance.${status}`,
      payload: { instanceId: this.instance.id, businessType: this.instance.business_type, businessId: this.instance.business_id, status },
    });
  }

  get finished(): boolean {
    return !!this.finishedAs;
  }

  /** Writes the instance's status, values and state, bumping its version. */
  async save(): Promise<FlowInstance> {
    if (this.ctx.actor) {
      const ids = [...attachmentIds(this.form, this.values), ...this.files];
      await linkFiles(this.w.tx, this.ctx.actor.userId, ids, { type: 'flowInstance', id: this.instance.id });
    }
    const next: FlowInstance = {
      ...this.instance,
      form_data: JSON.stringify(this.values),
      state: JSON.stringify(this.state),
      lock_version: this.instance.lock_version + 1,
      updated_at: nowIso(),
    };
    await this.w.tx
      .updateTable('flow_instances')
      .set({
        status: next.status,
        form_data: next.form_data,
        state: next.state,
        lock_version: next.lock_version,
        updated_at: next.updated_at,
        started_at: next.started_at,
        finished_at: next.finished_at,
        title: next.title,
      })
      .where('id', '=', next.id)
      .execute();
    this.instance = next;
    return next;
  }
}
