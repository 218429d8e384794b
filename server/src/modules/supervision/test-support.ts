import type { Session } from '../../test/harness.js';
import { createWorker } from '../../platform/jobs/setup.js';
import { demoApp } from '../workflow/test-support.js';
import { SWEEP_JOB } from './service/sweep.js';

export type App = Awaited<ReturnType<typeof demoApp>>;

/** A date `days` from today (UTC is close enough for deadlines days away). */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function departmentIds(t: App): Promise<Record<string, string>> {
  return Object.fromEntries((await t.core.db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]));
}

/** A supervisor's new item; returns its id. */
export async function enter(s: Session, body: Record<string, unknown>): Promise<string> {
  const res = await s.req('POST', '/api/supervision/items', body);
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().id as string;
}

/** Runs the hourly sweep now. */
export async function sweep(t: App): Promise<void> {
  const worker = await createWorker(t.core);
  await t.core.db.updateTable('jobs').set({ run_at: new Date(0).toISOString() }).where('kind', '=', SWEEP_JOB).execute();
  await worker.runDue();
}

/** Notices a user received of a kind (supervision.assigned …). */
export async function notices(t: App, username: string, kind: string) {
  const userId = await t.userId(username);
  return t.core.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).where('kind', '=', kind).execute();
}

export const auditOf = (t: App, action: string, targetId: string) =>
  t.core.db.selectFrom('audit_log').selectAll().where('action', '=', action).where('target_id', '=', targetId).execute();
