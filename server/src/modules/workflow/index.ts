import type { FastifyInstance } from 'fastify';
import type { Module } from '../index.js';
import type { Core } from '../../platform/context.js';
import { definitionRoutes } from './routes/definitions.js';
import { instanceRoutes } from './routes/instances.js';
import { personalRoutes } from './routes/personal.js';
import { taskDue, taskRemind } from './engine/overdue.js';
import { registerFileLinkResolver } from '../../platform/files/files.js';
import { requireInstanceVisible } from './policy.js';

// Attachments of an instance are visible to whoever may see the instance.
registerFileLinkResolver('flowInstance', async (db, access, instanceId) => {
  const instance = await db.selectFrom('flow_instances').select(['id', 'initiator_user_id', 'definition_id']).where('id', '=', instanceId).executeTakeFirst();
  if (!instance) return false;
  return requireInstanceVisible(db, access, instance).then(() => true, () => false);
});

/**
 * The workflow engine. Other modules attach to it through this interface only: start a flow bound
 * to a business object, read its state, and listen on the event bus after commit for
 * workflow.step.entered, workflow.task.created / completed / urged / overdue / reminder,
 * workflow.instance.started / approved / rejected / returned / withdrawn / terminated.
 */
export { startInstance as startFlow, startInstanceIn as startFlowIn, submitInstanceIn as resubmitFlowIn } from './engine/start.js';
export { getInstance as getFlowState } from './service/instances.js';
export { openTasksOf, opinionsOf, type OpenTask, type GivenOpinion } from './service/business.js';
export { handOverTasks } from './engine/handover.js';
export { approve as approveTask } from './engine/task-actions.js';
export { approvalStep, seedFlowTemplates, seedShippedFlow, type ShippedFlow, type Refs } from './templates.js';
export { registerTaskActionHook, type TaskActionEvent } from './engine/business-hooks.js';
export type { StartStep, Step, TaskStep, AssigneeRule } from './definition/types.js';
export type { FormDefinition } from './forms/types.js';

export const workflowModule: Module = {
  name: 'workflow',
  routes: async (app: FastifyInstance, core: Core) => {
    await definitionRoutes(app, core);
    await instanceRoutes(app, core);
    await personalRoutes(app, core);
  },
  jobs: { 'workflow.task.due': taskDue, 'workflow.task.remind': taskRemind },
};
