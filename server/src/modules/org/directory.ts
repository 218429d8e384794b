import type { Db, Tx } from '../../platform/db/index.js';
import type { Directory } from '../../platform/directory.js';
import { rolesInForce } from '../../platform/access/resolve.js';
import { nowIso, parseJson } from '../../platform/util.js';
import { HEAD_POST_CODES } from './addressbook.js';

/** Unit-level posts; their holders may sit in a leadership sub-department (办公室领导) and still head the parent. */
const UNIT_LEADER_POSTS = ['director', 'deputy-director', 'leader-in-charge'];

async function bestHead(db: Db | Tx, departmentIds: string[], postCodes: string[]): Promise<string | null> {
  if (!departmentIds.length) return null;
  const rows = await db
    .selectFrom('people')
    .innerJoin('posts', 'posts.id', 'people.post_id')
    .innerJoin('users', 'users.person_id', 'people.id')
    .select(['users.id as userId', 'posts.code'])
    .where('people.status', '=', 'active')
    .where('users.status', '=', 'active')
    .where('people.department_id', 'in', departmentIds)
    .where('posts.code', 'in', postCodes)
    .orderBy('people.sort_order')
    .orderBy('people.employee_no')
    .execute();
  const rank = (code: string) => HEAD_POST_CODES.indexOf(code);
  return rows.reduce<(typeof rows)[number] | null>((best, r) => (!best || rank(r.code) < rank(best.code) ? r : best), null)?.userId ?? null;
}

export const orgDirectory: Directory = {
  async user(db, userId) {
    const row = await db
      .selectFrom('users')
      .leftJoin('people', 'people.id', 'users.person_id')
      .select(['users.id', 'users.display_name', 'users.status', 'people.department_id'])
      .where('users.id', '=', userId)
      .executeTakeFirst();
    if (!row || row.status !== 'active') return null;
    return { userId: row.id, name: row.display_name, departmentId: row.department_id ?? null };
  },

  async names(db, userIds) {
    if (!userIds.length) return new Map();
    const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...new Set(userIds)]).execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  },

  async departmentHead(db, departmentId) {
    const own = await bestHead(db, [departmentId], HEAD_POST_CODES);
    if (own) return own;
    const children = await db.selectFrom('departments').select('id').where('parent_id', '=', departmentId).execute();
    return bestHead(db, children.map((c) => c.id), UNIT_LEADER_POSTS);
  },

  async usersWithPermission(db, permission) {
    const roles = await db.selectFrom('roles').select(['id', 'permissions']).execute();
    const carrying = roles.filter((r) => parseJson<string[]>(r.permissions, []).includes(permission));
    const holders = await Promise.all(carrying.map((r) => this.usersWithRole(db, r.id)));
    return [...new Set(holders.flat())];
  },

  async parentDepartment(db, departmentId) {
    const row = await db.selectFrom('departments').select('parent_id').where('id', '=', departmentId).executeTakeFirst();
    return row?.parent_id ?? null;
  },

  async usersWithRole(db, roleId) {
    const now = nowIso();
    const grants = await db
      .selectFrom('grants')
      .select(['grantee_type', 'grantee_id'])
      .where('role_id', '=', roleId)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .execute();
    const direct = grants.filter((g) => g.grantee_type === 'user').map((g) => g.grantee_id);
    const viaPost = await Promise.all(grants.filter((g) => g.grantee_type === 'post').map((g) => this.usersWithPost(db, g.grantee_id)));
    const candidates = [...new Set([...direct, ...viaPost.flat()])];
    if (!candidates.length) return [];
    const active = await db.selectFrom('users').select(['id', 'person_id']).where('id', 'in', candidates).where('status', '=', 'active').execute();
    // A grant may have been made to someone whose role is no longer in force (e.g. expired through the post).
    const holding = await Promise.all(active.map(async (u) => ((await rolesInForce(db, u.id, u.person_id)).some((r) => r.id === roleId) ? u.id : null)));
    return holding.filter((id): id is string => !!id);
  },

  async usersWithPost(db, postId, departmentIds) {
    let q = db
      .selectFrom('people')
      .innerJoin('users', 'users.person_id', 'people.id')
      .select('users.id')
      .where('people.status', '=', 'active')
      .where('users.status', '=', 'active')
      .where((eb) =>
        eb.or([
          eb('people.post_id', '=', postId),
          eb('people.id', 'in', eb.selectFrom('person_departments').select('person_id').where('post_id', '=', postId)),
        ]),
      );
    if (departmentIds?.length) q = q.where('people.department_id', 'in', departmentIds);
    const rows = await q.orderBy('people.sort_order').orderBy('people.employee_no').execute();
    return rows.map((r) => r.id);
  },

  async postIdByCode(db, code) {
    return (await db.selectFrom('posts').select('id').where('code', '=', code).executeTakeFirst())?.id ?? null;
  },

  async departmentIdByCode(db, code) {
    return (await db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirst())?.id ?? null;
  },

  async userIdByUsername(db, username) {
    return (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst())?.id ?? null;
  },

  async labels(db, ids) {
    const pick = async (table: 'roles' | 'posts' | 'departments', list: string[]) =>
      list.length ? db.selectFrom(table).select(['id', 'name']).where('id', 'in', list).execute() : [];
    const users = ids.users.length ? await db.selectFrom('users').select(['id', 'display_name as name']).where('id', 'in', ids.users).execute() : [];
    const rows = [...users, ...(await pick('roles', ids.roles)), ...(await pick('posts', ids.posts)), ...(await pick('departments', ids.departments))];
    return Object.fromEntries(rows.map((r) => [r.id, r.name]));
  },
};
