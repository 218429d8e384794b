import type { Work } from '../../platform/command.js';
import type { MessageKey } from '../../platform/i18n/index.js';
import { notify } from './notify.js';
import { localDateTime, unitTimeZone } from '../../platform/calendar/index.js';

export type TaskNoticeEvent = 'created' | 'urged' | 'reminder' | 'overdue';

const KEYS: Record<TaskNoticeEvent | 'cc', [MessageKey, MessageKey]> = {
  created: ['notifications.workflow.created', 'notifications.workflow.createdBody'],
  cc: ['notifications.workflow.cc', 'notifications.workflow.ccBody'],
  urged: ['notifications.workflow.urged', 'notifications.workflow.urgedBody'],
  reminder: ['notifications.workflow.reminder', 'notifications.workflow.reminderBody'],
  overdue: ['notifications.workflow.overdue', 'notifications.workflow.overdueBody'],
};

/**
 * Tells people of a workflow task through the notification centre, in the engine's transaction: a new
 * task (or copy), an urge, the reminder before its time limit, or its passing (to the handler and
 * their head). The notice opens the instance page, where the task is handled.
 */
export async function notifyTask(
  w: Work,
  event: TaskNoticeEvent,
  input: { taskId: string; userIds: (string | null)[]; message?: string },
): Promise<void> {
  const task = await w.tx
    .selectFrom('flow_tasks as t')
    .innerJoin('flow_instances as i', 'i.id', 't.instance_id')
    .innerJoin('users as initiator', 'initiator.id', 'i.initiator_user_id')
    .innerJoin('users as handler', 'handler.id', 't.assignee_user_id')
    .select(['t.instance_id', 't.step_name', 't.kind', 't.status', 't.due_at', 'i.title', 'initiator.display_name as initiator', 'handler.display_name as handler'])
    .where('t.id', '=', input.taskId)
    .executeTakeFirst();
  // Queued tasks (依次) are told when their turn comes; the initiator's own start task is no news.
  if (!task || task.kind === 'start' || (event === 'created' && task.status !== 'pending')) return;
  const [titleKey, bodyKey] = KEYS[event === 'created' && task.kind === 'cc' ? 'cc' : event];
  await notify(w, {
    userIds: input.userIds.filter((u): u is string => !!u),
    category: 'workflow',
    kind: `workflow.task.${event}`,
    titleKey,
    bodyKey,
    params: {
      title: task.title,
      step: task.step_name,
      initiator: task.initiator,
      handler: task.handler,
      message: input.message ?? '',
      due: task.due_at ? localDateTime(unitTimeZone(), new Date(task.due_at)) : '',
    },
    link: `/workflow/instances/${task.instance_id}`,
  });
}
