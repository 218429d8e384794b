import { sql } from 'kysely';
import type { Core } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { nowIso } from '../../platform/util.js';
import type { Caller } from '../access/index.js';
import { mayListUsers } from './policy.js';
import type { UserFilter } from './schema.js';

export interface RoleHeld {
  id: string;
  code: string;
  name: string;
  via: 'user' | 'post';
  expiresAt: string | null;
}

/** Case-insensitive "contains" that treats % and _ in the search text literally, on both databases. */
const contains = (column: string, search: string) =>
  sql<boolean>`lower(${sql.ref(column)}) like ${`%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;

/** The posts of the active people among these, main and part-time, by person. */
async function postsByPerson(db: Db, personIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!personIds.length) return map;
  const add = (personId: string, postId: string | null) => {
    if (postId) map.set(personId, [...(map.get(personId) ?? []), postId]);
  };
  const main = await db.selectFrom('people').select(['id', 'post_id']).where('id', 'in', personIds).where('status', '=', 'active').execute();
  const active = main.map((p) => p.id);
  for (const p of main) add(p.id, p.post_id);
  if (active.length) {
    const partTime = await db.selectFrom('person_departments').select(['person_id', 'post_id']).where('person_id', 'in', active).execute();
    for (const p of partTime) add(p.person_id, p.post_id);
  }
  return map;
}

/** The roles in force for a page of accounts in two queries, each marked as held directly or through a post. */
async function rolesOf(db: Db, users: { id: string; personId: string | null }[]): Promise<Map<string, RoleHeld[]>> {
  const posts = await postsByPerson(db, users.map((u) => u.personId).filter((p): p is string => !!p));
  const postIds = [...new Set([...posts.values()].flat())];
  const userIds = users.map((u) => u.id);
  const grants = userIds.length
    ? await db
        .selectFrom('grants')
        .innerJoin('roles', 'roles.id', 'grants.role_id')
        .select(['roles.id', 'roles.code', 'roles.name', 'grants.grantee_type', 'grants.grantee_id', 'grants.expires_at'])
        .where((eb) =>
          eb.and([
            eb.or([
              eb.and([eb('grants.grantee_type', '=', 'user'), eb('grants.grantee_id', 'in', userIds)]),
              ...(postIds.length ? [eb.and([eb('grants.grantee_type', '=', 'post'), eb('grants.grantee_id', 'in', postIds)])] : []),
            ]),
            eb.or([eb('grants.expires_at', 'is', null), eb('grants.expires_at', '>', nowIso())]),
          ]),
        )
        .orderBy('roles.code')
        .execute()
    : [];
  const result = new Map<string, RoleHeld[]>();
  for (const u of users) {
    const mine = new Set([u.id, ...(u.personId ? posts.get(u.personId) ?? [] : [])]);
    result.set(
      u.id,
      grants
        .filter((g) => mine.has(g.grantee_id))
        .map((g) => ({ id: g.id, code: g.code, name: g.name, via: g.grantee_type, expiresAt: g.expires_at })),
    );
  }
  return result;
}

export async function listUsers(core: Core, caller: Caller, filter: UserFilter) {
  mayListUsers(caller);
  let base = core.db
    .selectFrom('users')
    .leftJoin('people', 'people.id', 'users.person_id')
    .leftJoin('departments', 'departments.id', 'people.department_id');
  if (filter.q) {
    const q = filter.q;
    base = base.where((eb) => eb.or([contains('users.username', q), contains('users.display_name', q), contains('people.name', q)]));
  }
  if (filter.status) base = base.where('users.status', '=', filter.status);
  const [rows, total] = await Promise.all([
    base
      .select([
        'users.id',
        'users.username',
        'users.display_name as displayName',
        'users.person_id as personId',
        'people.name as personName',
        'departments.name as departmentName',
        'users.status',
        'users.locked_until as lockedUntil',
        'users.totp_enabled as totpEnabled',
        'users.last_login_at as lastLoginAt',
      ])
      .orderBy('users.username')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const roles = await rolesOf(core.db, rows);
  const now = Date.now();
  return {
    items: rows.map(({ lockedUntil, totpEnabled, ...u }) => ({
      ...u,
      locked: !!lockedUntil && Date.parse(lockedUntil) > now,
      totpEnabled: totpEnabled === 1,
      roles: roles.get(u.id) ?? [],
    })),
    total: Number(total.n),
    page: filter.page,
    pageSize: filter.pageSize,
  };
}
