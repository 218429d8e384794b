import type { Core } from '../../platform/context.js';
import { seedShippedFlow } from '../workflow/index.js';
import { meetingFlow } from './flow.js';

/** The shipped 会议申请 flow (idempotent); returns how many flows it added. */
export const seedMeetings = (core: Core, flowAdmin: string): Promise<number> => seedShippedFlow(core, meetingFlow, flowAdmin);
