import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { Core } from '../../platform/context.js';
import type { Access } from '../../platform/access/resolve.js';
import type { Auth } from '../../platform/auth/hook.js';
import type { Permission } from '../../platform/access/permissions.js';
import type { Db, Tx } from '../../platform/db/index.js';
import type { DB } from '../../platform/db/schema.js';
import { containsText } from '../../platform/db/contains.js';
import { epochCaches } from '../../platform/db/epoch-cache.js';
import { notFound } from '../../platform/errors.js';
import { ORG_READ, visiblePeople } from './policy.js';
import type { PeopleFilters } from './schema.js';

type PeopleQuery = SelectQueryBuilder<DB, 'people', object>;

/** Case-insensitive "contains" on name, pinyin ("zhangsan"), initials ("zs"), employee number and phone. */
export function matchesText(eb: ExpressionBuilder<DB, 'people'>, q: string) {
  const like = (col: 'name' | 'name_pinyin' | 'name_initials' | 'employee_no' | 'phone') => containsText(`people.${col}`, q);
  return eb.or([like('name'), like('name_pinyin'), like('name_initials'), like('employee_no'), like('phone')]);
}

/** People whose main or part-time department is this one (or, with `includeSub`, anywhere below it). */
export function inDepartment(db: Db | Tx, eb: ExpressionBuilder<DB, 'people'>, departmentId: string, includeSub: boolean) {
  const departments = includeSub
    ? db.selectFrom('departments').select('departments.id').where('departments.path', 'like', `%/${departmentId}/%`)
    : db.selectFrom('departments').select('departments.id').where('departments.id', '=', departmentId);
  return eb.or([
    eb('people.department_id', 'in', departments),
    eb('people.id', 'in', db.selectFrom('person_departments').select('person_id').where('department_id', 'in', departments)),
  ]);
}

/** The ledger query: the caller's data scope for `permission` and the filters, all in SQL. */
export function filteredPeople(db: Db | Tx, access: Access, f: PeopleFilters, permission: Permission = ORG_READ): PeopleQuery {
  let q: PeopleQuery = db.selectFrom('people');
  const visible = visiblePeople(db, access, permission);
  if (visible) q = q.where(visible);
  if (f.q) q = q.where((eb) => matchesText(eb, f.q!));
  if (f.departmentId) q = q.where((eb) => inDepartment(db, eb, f.departmentId!, f.includeSub ?? false));
  if (f.postId) q = q.where('people.post_id', '=', f.postId);
  if (f.status) q = q.where('people.status', '=', f.status);
  if (f.clearance) q = q.where('people.clearance', '=', f.clearance);
  return q;
}

function withDetails(q: PeopleQuery) {
  return q
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .leftJoin('posts', 'posts.id', 'people.post_id')
    .leftJoin('users', 'users.person_id', 'people.id')
    .select([
      'people.id',
      'people.name',
      'people.employee_no as employeeNo',
      'people.gender',
      'people.department_id as departmentId',
      'departments.name as departmentName',
      'people.post_id as postId',
      'posts.name as postName',
      'people.phone',
      'people.email',
      'people.clearance',
      'people.status',
      'people.joined_on as joinedOn',
      'people.left_on as leftOn',
      'users.username',
    ])
    .orderBy('people.sort_order')
    .orderBy('people.employee_no');
}

export interface PartTime {
  departmentId: string;
  departmentName: string;
  postId: string | null;
  postName: string | null;
}

async function partTimeOf(db: Db | Tx, personIds: string[]): Promise<Map<string, PartTime[]>> {
  const map = new Map<string, PartTime[]>();
  if (!personIds.length) return map;
  const rows = await db
    .selectFrom('person_departments')
    .innerJoin('departments', 'departments.id', 'person_departments.department_id')
    .leftJoin('posts', 'posts.id', 'person_departments.post_id')
    .select([
      'person_departments.person_id as personId',
      'person_departments.department_id as departmentId',
      'departments.name as departmentName',
      'person_departments.post_id as postId',
      'posts.name as postName',
    ])
    .where('person_departments.person_id', 'in', personIds)
    .orderBy('departments.sort_order')
    .execute();
  for (const { personId, ...rest } of rows) map.set(personId, [...(map.get(personId) ?? []), rest]);
  return map;
}

async function detailed(db: Db | Tx, q: PeopleQuery, page?: { limit: number; offset: number }) {
  let rows = withDetails(q);
  if (page) rows = rows.limit(page.limit).offset(page.offset);
  const items = await rows.execute();
  const partTime = await partTimeOf(db, items.map((p) => p.id));
  // In place: copying every row with a spread made V8 move the copies to the old generation, and
  // the heap (and the idle RSS after a burst of requests) grew by a third.
  return items.map((p) => Object.assign(p, { partTime: partTime.get(p.id) ?? [] }));
}

export type PersonView = Awaited<ReturnType<typeof detailed>>[number];

type PageFilters = PeopleFilters & { page: number; pageSize: number };

async function readPage(db: Db | Tx, access: Access, f: PageFilters) {
  const q = filteredPeople(db, access, f);
  const [items, total] = await Promise.all([
    detailed(db, q, { limit: f.pageSize, offset: (f.page - 1) * f.pageSize }),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

/**
 * Pages of the ledger as JSON bytes (a socket takes bytes; a string would be encoded at every send),
 * read under the database's current epoch, per caller's access and filters: the ledger and the address
 * book are read far more often than people change. An access object is replaced when its scope
 * changes, so pages are kept by the object's identity.
 */
const pages = epochCaches<string, Buffer>(1000);
const accessKeys = new WeakMap<Access, number>();
let accessCount = 0;

/** A page of the ledger in the caller's scope, as the JSON of `{ items, total, page, pageSize }`. */
export function listJson(core: Core, { access, epoch }: Pick<Auth, 'access' | 'epoch'>, f: PageFilters): Promise<Buffer> {
  let accessKey = accessKeys.get(access);
  if (accessKey === undefined) accessKeys.set(access, (accessKey = ++accessCount));
  const read = async () => Buffer.from(JSON.stringify(await readPage(core.db, access, f)));
  return pages(core.database).through(epoch, `${accessKey}\n${JSON.stringify(f)}`, read);
}

/** Every matching person, for the Excel export. */
export const all = (core: Core, access: Access, f: PeopleFilters) => detailed(core.db, filteredPeople(core.db, access, f));

/** One person the caller may reach under `permission`; "not found or no access" otherwise. */
export async function get(db: Db | Tx, access: Access, id: string, permission: Permission = ORG_READ): Promise<PersonView> {
  const [person] = await detailed(db, filteredPeople(db, access, {}, permission).where('people.id', '=', id));
  if (!person) throw notFound();
  return person;
}
