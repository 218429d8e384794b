import type { Module } from '../index.js';
import { registerTaskActionHook } from '../workflow/index.js';
import type { ReportSchedule, SupervisionKind } from '../../platform/db/schema-supervision.js';
import { registerFileLinkResolver } from '../../platform/files/files.js';
import { supervisionRoutes } from './routes.js';
import { rolesOn } from './policy.js';
import { loadItem } from './service/timeline.js';
import { EXTENSION_FLOW_KEY } from './flow.js';
import { onExtensionTask } from './service/extensions.js';
import { SWEEP_JOB, sweepSupervision } from './service/sweep.js';
import { seedSupervision } from './seed.js';

registerTaskActionHook(EXTENSION_FLOW_KEY, onExtensionTask);

// A progress report's attachments are visible to whoever may see the item.
registerFileLinkResolver('supervisionItem', async (db, access, id) => {
  try {
    await rolesOn(db, access, await loadItem(db, id));
    return true;
  } catch {
    return false;
  }
});

/** Supervision (督办): items, progress reports, urging, escalation, extensions, 通报, 整改, 考核. */
export const supervisionModule: Module = {
  name: 'supervision',
  routes: supervisionRoutes,
  jobs: { [SWEEP_JOB]: async (core) => void (await sweepSupervision(core)) },
  recurring: [{ kind: SWEEP_JOB, uniqueKey: `recurring:${SWEEP_JOB}`, everyMs: 60 * 60_000 }],
  seedDemo: (core, flowAdmin) => seedSupervision(core, flowAdmin),
};

/** What another module hands over to be followed up (a meeting decision, an incoming document marked 督办). */
export interface SupervisionSeed {
  source: 'meeting' | 'incoming' | 'instruction' | 'manual';
  /** The meeting decision's or the incoming document's id. */
  sourceId: string;
  title: string;
  /** Detail (the decision's text, the 批示). */
  content: string;
  leadDepartmentId: string;
  /** users.id of the person answerable. */
  ownerUserId: string;
  /** YYYY-MM-DD */
  deadline: string;
  /** Web path back to where it came from. */
  sourceLink: string;
  /** 整改 rather than an ordinary item. */
  kind?: SupervisionKind;
  coDepartmentIds?: string[];
  /** Progress reports asked of the owner (default none). */
  reportSchedule?: ReportSchedule;
  /** Workdays between reports for the 'workdays' schedule (default 5). */
  reportInterval?: number;
  /** users.id of who handed it over (the recorder, the leader); told when the owner reports it concluded. */
  createdBy?: string | null;
}

/** Opens one supervision item per seed inside the caller's transaction; returns their ids. */
export { openSupervisionItems, closeSupervisionBySource, followIncoming, type IncomingFollowUp } from './service/handover.js';
