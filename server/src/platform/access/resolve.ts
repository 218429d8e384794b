import type { Db, Tx } from '../db/index.js';
import type { AdminKind, DataScope, Role } from '../db/schema.js';
import { preparedQuery } from '../db/prepared.js';
import { nowIso, parseJson } from '../util.js';
import { scopeRank, type Permission } from './permissions.js';

/** What a user may do. Cached and shared between requests: never modify one. */
export interface Access {
  userId: string;
  personId: string | null;
  departmentIds: string[];
  permissions: Set<Permission>;
  scopes: Map<Permission, DataScope>;
  adminKinds: Set<AdminKind>;
  require2fa: boolean;
  roles: { id: string; code: string; name: string }[];
}

/** Grants in force for a user, each with its role: to the account, or to a post the person holds while active. */
function grantsInForce(db: Db | Tx, userId: string, personId: string | null) {
  return db
    .selectFrom('grants')
    .innerJoin('roles', 'roles.id', 'grants.role_id')
    .selectAll('roles')
    .select('grants.expires_at as grant_expires_at')
    .where((eb) =>
      eb.and([
        eb.or([
          eb.and([eb('grants.grantee_type', '=', 'user'), eb('grants.grantee_id', '=', userId)]),
          ...(personId
            ? [
                eb.and([
                  eb('grants.grantee_type', '=', 'post'),
                  eb.or([
                    eb('grants.grantee_id', 'in', (qb) =>
                      qb.selectFrom('people').select('people.post_id').where('people.id', '=', personId).where('people.status', '=', 'active'),
                    ),
                    eb('grants.grantee_id', 'in', (qb) =>
                      qb
                        .selectFrom('person_departments')
                        .innerJoin('people', 'people.id', 'person_departments.person_id')
                        .select('person_departments.post_id')
                        .where('person_departments.person_id', '=', personId)
                        .where('people.status', '=', 'active'),
                    ),
                  ]),
                ]),
              ]
            : []),
        ]),
        eb.or([eb('grants.expires_at', 'is', null), eb('grants.expires_at', '>', nowIso())]),
      ]),
    )
    .execute();
}

/** The distinct roles of those grants, and until when they all hold (the earliest expiry of a temporary grant). */
async function rolesUntil(db: Db | Tx, userId: string, personId: string | null): Promise<{ roles: Role[]; until: number }> {
  const roles = new Map<string, Role>();
  let until = Infinity;
  for (const { grant_expires_at, ...role } of await grantsInForce(db, userId, personId)) {
    roles.set(role.id, role);
    if (grant_expires_at) until = Math.min(until, Date.parse(grant_expires_at));
  }
  return { roles: [...roles.values()], until };
}

/** Roles in force for a user: granted to the account, or to any post the person holds; expired ones excluded. */
export async function rolesInForce(db: Db | Tx, userId: string, personId: string | null): Promise<Role[]> {
  return (await rolesUntil(db, userId, personId)).roles;
}

/** The person's main and part-time departments. */
async function departmentsOf(db: Db | Tx, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('people.department_id')
    .where('people.id', '=', personId)
    .union(db.selectFrom('person_departments').select('person_departments.department_id').where('person_departments.person_id', '=', personId))
    .execute();
  return rows.map((r) => r.department_id);
}

/** Access computed from the database, and until when it holds. */
async function computeAccess(db: Db | Tx, userId: string, personId: string | null): Promise<{ access: Access; until: number }> {
  const { roles, until } = await rolesUntil(db, userId, personId);
  const permissions = new Set<Permission>();
  const scopes = new Map<Permission, DataScope>();
  const adminKinds = new Set<AdminKind>();
  for (const role of roles) {
    if (role.admin_kind) adminKinds.add(role.admin_kind);
    for (const p of parseJson<Permission[]>(role.permissions, [])) {
      permissions.add(p);
      const current = scopes.get(p);
      if (!current || scopeRank(role.data_scope) > scopeRank(current)) scopes.set(p, role.data_scope);
    }
  }
  const access: Access = {
    userId,
    personId,
    departmentIds: personId ? await departmentsOf(db, personId) : [],
    permissions,
    scopes,
    adminKinds,
    require2fa: roles.some((r) => r.require_2fa === 1),
    roles: roles.map((r) => ({ id: r.id, code: r.code, name: r.name })),
  };
  return { access, until };
}

/**
 * The settings row that database triggers (migration 004) set to a new random value, in the
 * writing transaction, whenever a grant, role, post or department membership, person status or
 * account link changes: whoever writes, on whichever node.
 */
const ACCESS_VERSION_KEY = 'access.version';
/** Enough for every account of a large unit; beyond it the entry stored longest ago goes. */
const CACHE_SIZE = 5000;

interface Cached {
  version: string;
  /** The database epoch at which the version was last read (null: read it every time). */
  epoch: number | null;
  personId: string | null;
  until: number;
  access: Access;
}
const accessVersion = preparedQuery<[key: string], { value: string }>((db) => db.selectFrom('settings').select('value').where('key', '=', ''));

/** Per database (tests run several side by side), user id → access computed under a version. */
const caches = new WeakMap<Db | Tx, Map<string, Cached>>();

/**
 * A user's access. Each node keeps what it computed under the current access version, so a request
 * costs one indexed read of that version; a change anywhere, committed, is seen by the next request.
 * Given the database's epoch (Database.epoch), not even that read is made while the epoch is unchanged.
 */
export async function loadAccess(db: Db | Tx, userId: string, personId: string | null, epoch: number | null = null): Promise<Access> {
  const kept = keptAccess(db, userId, personId, epoch);
  if (kept) return kept;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(userId);
  const usable = hit && hit.personId === personId && Date.now() < hit.until;
  const [row] = await accessVersion(db, ACCESS_VERSION_KEY);
  const version = row?.value;
  if (version === undefined) return (await computeAccess(db, userId, personId)).access;
  if (usable && hit.version === version) {
    hit.epoch = epoch;
    return hit.access;
  }
  const { access, until } = await computeAccess(db, userId, personId);
  cache.delete(userId);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(userId, { version, epoch, personId, until, access });
  return access;
}

/** The access loadAccess would give, when it is kept under `epoch` and nothing need be read; else undefined. */
export function keptAccess(db: Db | Tx, userId: string, personId: string | null, epoch: number | null): Access | undefined {
  const hit = caches.get(db)?.get(userId);
  return hit && epoch !== null && hit.epoch === epoch && hit.personId === personId && Date.now() < hit.until ? hit.access : undefined;
}

export const can = (access: Access | null | undefined, permission: Permission): boolean =>
  !!access?.permissions.has(permission);
