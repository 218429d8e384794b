import type { Db, Tx } from '../../platform/db/index.js';
import { invalid } from '../../platform/errors.js';

/** True for a unique-key violation on either database. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** An enabled department, or a 422 naming the field that pointed at it. */
export async function enabledDepartment(db: Db | Tx, id: string, field: string) {
  const row = await db.selectFrom('departments').selectAll().where('id', '=', id).where('enabled', '=', 1).executeTakeFirst();
  if (!row) throw invalid('DEPARTMENT_NOT_FOUND', 'org.departmentNotFound', {}, { [field]: { key: 'org.departmentNotFound' } });
  return row;
}

/** An enabled post, or a 422 naming the field that pointed at it. */
export async function enabledPost(db: Db | Tx, id: string, field: string) {
  const row = await db.selectFrom('posts').selectAll().where('id', '=', id).where('enabled', '=', 1).executeTakeFirst();
  if (!row) throw invalid('POST_NOT_FOUND', 'org.postNotFound', {}, { [field]: { key: 'org.postNotFound' } });
  return row;
}
