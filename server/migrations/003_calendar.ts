import { sql, type Kysely } from 'kysely';
import { syncBuiltinPermissions } from '../src/platform/access/builtin.js';
import { ensureShippedCalendar } from '../src/platform/calendar/holidays.js';

/**
 * The working-day calendar: only the exceptions (holidays, make-up workdays), filled with the
 * shipped years; an existing system-admin role gains 'calendar.manage'.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('calendar_days_kind', sql`kind IN ('holiday', 'workday')`)
    .execute();
  await db.schema.createIndex('calendar_days_year').on('calendar_days').columns(['year', 'date']).execute();
  await ensureShippedCalendar(db);
  await syncBuiltinPermissions(db);
}
