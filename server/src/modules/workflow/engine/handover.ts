import type { Work } from '../../../platform/command.js';
import type { Ctx } from '../../../platform/context.js';
import { directory } from '../../../platform/directory.js';
import { newId, nowIso } from '../../../platform/util.js';
import { notifyTask } from '../../notifications/index.js';

/** The successor for a leaver's tasks: the nearest head above them, else the flow's administrator. */
async function successorOf(w: Work, userId: string): Promise<string | null> {
  const dir = directory();
  const me = await w.tx.selectFrom('users').leftJoin('people', 'people.id', 'users.person_id').select('people.department_id').where('users.id', '=', userId).executeTakeFirst();
  for (let d = me?.department_id ?? null, guard = 0; d && guard < 20; d = await dir.parentDepartment(w.tx, d), guard++) {
    const head = await dir.departmentHead(w.tx, d);
    if (head && head !== userId) return head;
  }
  return null;
}

/** Hand-over when a person leaves: their open tasks move to their head (or the flow administrator), recorded in each trace. */
export async function handOverTasks(w: Work, personId: string, ctx: Ctx): Promise<void> {
  const user = await w.tx.selectFrom('users').select(['id', 'display_name']).where('person_id', '=', personId).executeTakeFirst();
  if (!user) return;
  const tasks = await w.tx
    .selectFrom('flow_tasks')
    .innerJoin('flow_instances', 'flow_instances.id', 'flow_tasks.instance_id')
    .innerJoin('flow_definitions', 'flow_definitions.id', 'flow_instances.definition_id')
    .select(['flow_tasks.id', 'flow_tasks.instance_id', 'flow_tasks.step_id', 'flow_tasks.step_name', 'flow_definitions.admin_user_id'])
    .where('flow_tasks.assignee_user_id', '=', user.id)
    .where('flow_tasks.status', 'in', ['pending', 'queued'])
    .where('flow_tasks.kind', 'in', ['approval', 'handle'])
    .execute();
  if (!tasks.length) return;
  const head = await successorOf(w, user.id);
  for (const task of tasks) {
    const successor = head ?? task.admin_user_id;
    if (!successor) continue;
    await w.tx.updateTable('flow_tasks').set({ assignee_user_id: successor, on_behalf_of_user_id: null }).where('id', '=', task.id).execute();
    await w.tx
      .insertInto('flow_history')
      .values({
        id: newId(),
        instance_id: task.instance_id,
        step_id: task.step_id,
        step_name: task.step_name,
        task_id: task.id,
        actor_user_id: ctx.actor?.userId ?? null,
        actor_name: ctx.actor?.displayName ?? '系统',
        on_behalf_of_name: null,
        action: 'handover',
        opinion: '',
        attachments: '[]',
        detail: JSON.stringify({ from: user.id, fromName: user.display_name, to: successor }),
        at: nowIso(),
      })
      .execute();
    w.emit({ type: 'workflow.task.created', payload: { taskId: task.id, instanceId: task.instance_id, stepId: task.step_id, userId: successor, kind: 'handover' } });
    await notifyTask(w, 'created', { taskId: task.id, userIds: [successor] });
  }
  w.audit({ action: 'workflow.handover', targetType: 'user', targetId: user.id, summary: `离职交接：${user.display_name} 的 ${tasks.length} 项待办已转交` });
}
