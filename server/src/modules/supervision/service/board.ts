import { sql } from 'kysely';
import type { Core } from '../../../platform/context.js';
import type { Access } from '../../../platform/access/resolve.js';
import { forbidden } from '../../../platform/errors.js';
import { today } from '../clock.js';
import { headedDepartments, seesAll } from '../policy.js';

const rate = (onTime: number, decided: number) => (decided ? Math.round((onTime / decided) * 1000) / 10 : null);

/**
 * 考核 of a year, by the items whose deadline falls in it (cancelled ones left out). An item is
 * decided once concluded or past its deadline; the on-time rate is concluded-by-the-deadline over
 * decided. Overdue counts the open ones past the deadline and those concluded late.
 */
export async function board(core: Core, access: Access, year: number) {
  if (!seesAll(access) && !(await headedDepartments(core.db, access)).length) throw forbidden();
  const day = today();
  const counts = (group: 'department' | 'month') =>
    core.db
      .selectFrom('supervision_items')
      .where('status', '<>', 'cancelled')
      .where('deadline', '>=', `${year}-01-01`)
      .where('deadline', '<=', `${year}-12-31`)
      .select((eb) => {
        const live = eb('status', 'in', ['open', 'overdue']);
        const lateOpen = eb.and([live, eb('deadline', '<', day)]);
        const concluded = eb('status', '=', 'concluded');
        const onTime = eb.and([concluded, eb('concluded_on', '<=', eb.ref('deadline'))]);
        const late = eb.and([concluded, eb('concluded_on', '>', eb.ref('deadline'))]);
        const one = (cond: typeof live) => eb.fn.sum<number>(eb.case().when(cond).then(1).else(0).end());
        return [
          (group === 'department' ? sql<string>`lead_department_id` : sql<string>`substr(deadline, 6, 2)`).as('key'),
          eb.fn.countAll<number>().as('total'),
          one(live).as('open'),
          one(concluded).as('concluded'),
          one(onTime).as('onTime'),
          one(lateOpen).as('overdueOpen'),
          one(late).as('late'),
        ];
      })
      .groupBy(group === 'department' ? sql`lead_department_id` : sql`substr(deadline, 6, 2)`)
      .execute();
  const [byDepartment, byMonth, departments] = await Promise.all([
    counts('department'),
    counts('month'),
    core.db.selectFrom('departments').select(['id', 'name', 'sort_order']).execute(),
  ]);
  const figures = (r: (typeof byDepartment)[number]) => {
    const [total, open, concluded, onTime, overdueOpen, late] = [r.total, r.open, r.concluded, r.onTime, r.overdueOpen, r.late].map(Number) as [number, number, number, number, number, number];
    return { total, open, concluded, onTime, overdue: overdueOpen + late, overdueOpen, onTimeRate: rate(onTime, concluded + overdueOpen) };
  };
  const names = new Map(departments.map((d) => [d.id, d]));
  const months = new Map(byMonth.map((r) => [Number(r.key), figures(r)]));
  return {
    year,
    departments: byDepartment
      .map((r) => ({ departmentId: r.key, department: names.get(r.key)?.name ?? '', order: names.get(r.key)?.sort_order ?? 0, ...figures(r) }))
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, ...d }) => d),
    trend: Array.from({ length: 12 }, (_, i) => {
      const m = months.get(i + 1);
      return { month: i + 1, total: m?.total ?? 0, onTime: m?.onTime ?? 0, overdue: m?.overdue ?? 0, onTimeRate: m?.onTimeRate ?? null };
    }),
  };
}
