import type { Kysely } from 'kysely';
import * as m001 from './001_foundation.js';

export type Dialect = 'sqlite' | 'postgres';
export interface MigrationModule {
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** Every migration in order. Listed statically so the bundled server carries them. */
export const migrations: Record<string, MigrationModule> = {
  '001_foundation': m001,
};
