import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

/** 会议室与预订. */
export async function up(_db: Kysely<any>, _dialect: Dialect): Promise<void> {}
