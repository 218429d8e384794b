import type { Db, Tx } from '../db/index.js';
import type { Clearance } from '../db/schema.js';
import type { Access } from './resolve.js';

/** 密级 from lowest to highest; a person's 涉密等级 uses the same scale. */
export const LEVELS: readonly Clearance[] = ['public', 'internal', 'secret', 'confidential', 'topSecret'];
/** 秘密 and above: a state secret (国家秘密), kept apart. */
export const isClassified = (level: Clearance) => LEVELS.indexOf(level) >= LEVELS.indexOf('secret');

/** Who is asking, with what they need for document decisions: their access and their clearance. */
export interface Reader {
  access: Access;
  clearance: Clearance;
}

export async function readerOf(db: Db | Tx, access: Access): Promise<Reader> {
  const person = access.personId
    ? await db.selectFrom('people').select('clearance').where('id', '=', access.personId).where('status', '=', 'active').executeTakeFirst()
    : undefined;
  return { access, clearance: person?.clearance ?? 'public' };
}

/** Whether a person of this clearance may hold a document of this 密级. */
export const clearedFor = (clearance: Clearance, level: Clearance) => LEVELS.indexOf(clearance) >= LEVELS.indexOf(level);

/**
 * The clearance and name of each active login among `userIds` (a login without an active person
 * holds no clearance: 'public'); unknown and disabled logins are missing from the map.
 */
export async function clearancesOf(db: Db | Tx, userIds: readonly string[]): Promise<Map<string, { name: string; clearance: Clearance }>> {
  if (!userIds.length) return new Map();
  const rows = await db
    .selectFrom('users')
    .leftJoin('people', (j) => j.onRef('people.id', '=', 'users.person_id').on('people.status', '=', 'active'))
    .select(['users.id', 'users.display_name', 'people.name', 'people.clearance'])
    .where('users.id', 'in', [...new Set(userIds)])
    .where('users.status', '=', 'active')
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name ?? r.display_name, clearance: r.clearance ?? 'public' }]));
}

/** A second factor given this recently in the session opens classified documents and meeting materials without asking again. */
export const SECOND_FACTOR_FRESH_MS = 10 * 60_000;
