import type { Core } from '../../platform/context.js';
import { inDepartment, matchesText } from './people.js';
import { nest, peopleCounts } from './departments.js';

/**
 * Who heads a department in the org chart: among its active people (main department only), the one
 * holding the first of these post codes; ties go to the person's sort order, then employee number.
 */
export const HEAD_POST_CODES = ['director', 'deputy-director', 'leader-in-charge', 'section-chief', 'deputy-section-chief'];

/** Any logged-in person may look colleagues up: active people only, contact fields only. */
export async function addressBook(core: Core, f: { q?: string; departmentId?: string; page: number; pageSize: number }) {
  let q = core.db.selectFrom('people').where('people.status', '=', 'active');
  if (f.q) q = q.where((eb) => matchesText(eb, f.q!));
  if (f.departmentId) q = q.where((eb) => inDepartment(core.db, eb, f.departmentId!, true));
  const [items, total] = await Promise.all([
    q
      .innerJoin('departments', 'departments.id', 'people.department_id')
      .leftJoin('posts', 'posts.id', 'people.post_id')
      .select(['people.id', 'people.name', 'departments.name as departmentName', 'posts.name as postName', 'people.phone', 'people.email'])
      .orderBy('departments.path')
      .orderBy('people.sort_order')
      .orderBy('people.name_pinyin')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

/** People with an active login, for pickers that need user ids (approvers, delegates, form person fields). */
export async function directoryUsers(core: Core, f: { q?: string; ids?: string[]; page: number; pageSize: number }) {
  let q = core.db
    .selectFrom('people')
    .innerJoin('users', 'users.person_id', 'people.id')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .leftJoin('posts', 'posts.id', 'people.post_id')
    .where('people.status', '=', 'active')
    .where('users.status', '=', 'active');
  if (f.q) q = q.where((eb) => matchesText(eb, f.q!));
  if (f.ids?.length) q = q.where('users.id', 'in', f.ids);
  const items = await q
    .select(['users.id as userId', 'people.name', 'departments.name as departmentName', 'posts.name as postName'])
    .orderBy('departments.path')
    .orderBy('people.sort_order')
    .orderBy('people.name_pinyin')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { items };
}

export interface ChartNode {
  id: string;
  parentId: string | null;
  name: string;
  peopleCount: number;
  head?: { id: string; name: string; postName: string };
  children: ChartNode[];
}

async function heads(core: Core): Promise<Map<string, { id: string; name: string; postName: string }>> {
  const rows = await core.db
    .selectFrom('people')
    .innerJoin('posts', 'posts.id', 'people.post_id')
    .select(['people.id', 'people.name', 'people.department_id as departmentId', 'posts.code', 'posts.name as postName'])
    .where('people.status', '=', 'active')
    .where('posts.code', 'in', HEAD_POST_CODES)
    .orderBy('people.sort_order')
    .orderBy('people.employee_no')
    .execute();
  const rank = (code: string) => HEAD_POST_CODES.indexOf(code);
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const current = best.get(r.departmentId);
    if (!current || rank(r.code) < rank(current.code)) best.set(r.departmentId, r);
  }
  return new Map([...best].map(([d, r]) => [d, { id: r.id, name: r.name, postName: r.postName }]));
}

export async function orgChart(core: Core): Promise<ChartNode[]> {
  const [rows, counts, headOf] = await Promise.all([
    core.db.selectFrom('departments').select(['id', 'parent_id', 'name']).where('enabled', '=', 1).orderBy('sort_order').orderBy('name').execute(),
    peopleCounts(core.db),
    heads(core),
  ]);
  return nest(
    rows.map((d) => {
      const head = headOf.get(d.id);
      return { id: d.id, parentId: d.parent_id, name: d.name, peopleCount: counts.get(d.id) ?? 0, ...(head ? { head } : {}), children: [] };
    }),
  );
}
