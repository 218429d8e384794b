import type { Kysely } from 'kysely';
import * as m001 from './001_foundation.js';
import * as m002 from './002_workflow.js';
import * as m005 from './005_files.js';
import * as m003 from './003_calendar.js';
import * as m004 from './004_perf.js';
import * as m006 from './006_search.js';
import * as m007 from './007_doc_numbers.js';
import * as m008 from './008_documents.js';
import * as m009 from './009_perf2.js';
import * as m010 from './010_receiving.js';
import * as m011 from './011_notifications.js';
import * as m012 from './012_rooms.js';
import * as m013 from './013_meetings.js';
import * as m014 from './014_schedule.js';
import * as m015 from './015_supervision.js';
import * as m016 from './016_incoming_followup.js';
import * as m017 from './017_search_buckets.js';

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
  '006_search': m006,
  '007_doc_numbers': m007,
  '008_documents': m008,
  '009_perf2': m009,
  '010_receiving': m010,
  '011_notifications': m011,
  '012_rooms': m012,
  '013_meetings': m013,
  '014_schedule': m014,
  '015_supervision': m015,
  '016_incoming_followup': m016,
  '017_search_buckets': m017,
};
