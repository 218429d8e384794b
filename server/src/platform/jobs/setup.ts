import type { Core } from '../context.js';
import { modules } from '../../modules/index.js';
import { JobWorker, enqueue } from './queue.js';

/** A worker that knows every module's job kinds, with each recurring job scheduled once. */
export async function createWorker(core: Core): Promise<JobWorker> {
  const worker = new JobWorker(core);
  for (const m of modules) {
    for (const [kind, handler] of Object.entries(m.jobs ?? {})) worker.register(kind, handler);
    for (const job of m.recurring ?? []) await enqueue(core.db, job);
  }
  return worker;
}
