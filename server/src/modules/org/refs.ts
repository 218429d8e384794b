import type { Db, Tx } from '../../platform/db/index.js';
import { invalid } from '../../platform/errors.js';

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
