import type { Kysely } from 'kysely';
import * as m001 from './001_foundation.js';
import * as m002 from './002_workflow.js';
import * as m005 from './005_files.js';
import * as m003 from './003_calendar.js';
import * as m004 from './004_perf.js';

export type Dialect = 'sqlite' | 'postgres';
export interface MigrationModule {
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** Every migration in order. Listed statically so the bundled server carries them. */
export const migrations: Record<string, MigrationModule> = {
  '001_foundation': m001,
  '002_workflow': m002,
  '003_calendar': m003,
  '004_perf': m004,
  '005_files': m005,
};
