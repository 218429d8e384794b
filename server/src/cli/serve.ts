import type { Config } from '../config.js';
import { buildApp } from '../app.js';
import { createCore } from '../platform/core.js';
import { migrateToLatest } from '../platform/db/index.js';
import { createWorker } from '../platform/jobs/setup.js';
import { startPgRelay } from '../platform/events/pg-relay.js';
import { loadDemo } from './seed.js';

/** Migrates, optionally loads the demo unit, then serves until SIGINT/SIGTERM. */
export async function serve(config: Config, opts: { seedDemo: boolean }): Promise<number> {
  const core = createCore(config);
  await migrateToLatest(core.database);
  if (opts.seedDemo) await loadDemo(core);
  const app = await buildApp(core);
  const worker = await createWorker(core);
  worker.start();
  const stopRelay = core.dialect === 'postgres' ? await startPgRelay(core.bus, config.databaseUrl!, app.log) : undefined;
  await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: core.dialect, location: core.database.location, readyMs: Math.round(performance.now()) }, 'Tongban ready');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await worker.stop();
  await app.close();
  await stopRelay?.();
  await core.database.close();
  return 0;
}
