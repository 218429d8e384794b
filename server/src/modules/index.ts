import type { FastifyInstance } from 'fastify';
import type { Core } from '../platform/context.js';
import type { EnqueueInput, JobHandler } from '../platform/jobs/queue.js';
import { authModule } from './auth/index.js';
import { orgModule } from './org/index.js';
import { accessModule } from './access/index.js';
import { usersModule } from './users/index.js';
import { auditModule } from './audit/index.js';
import { systemModule } from './system/index.js';
import { workspaceModule } from './workspace/index.js';
import { calendarModule } from './calendar/index.js';
import { handOverTasks, workflowModule } from './workflow/index.js';
import { filesModule } from './files/index.js';
import { documentsModule } from './documents/index.js';
import { notificationsModule } from './notifications/index.js';
import { roomsModule } from './rooms/index.js';
import { meetingsModule } from './meetings/index.js';
import { scheduleModule } from './schedule/index.js';
import { supervisionModule } from './supervision/index.js';
import { registerHandoverHook } from './org/index.js';

/** What a domain module plugs into the app: its routes, its job handlers and its recurring jobs. */
export interface Module {
  name: string;
  routes(app: FastifyInstance, core: Core): Promise<void>;
  jobs?: Record<string, JobHandler>;
  recurring?: EnqueueInput[];
  /** Loads the module's demo data (rooms, sample items); idempotent; returns how many flows it added. */
  seedDemo?(core: Core, flowAdmin: string): Promise<number>;
}

/** Every module, registered in this order. */
export const modules: Module[] = [authModule, orgModule, accessModule, usersModule, auditModule, systemModule, workspaceModule, calendarModule, filesModule, workflowModule, documentsModule, notificationsModule, roomsModule, meetingsModule, scheduleModule, supervisionModule];

// A leaver's open workflow tasks go to their head (ORG-1 hand-over).
registerHandoverHook('workflow', handOverTasks);
