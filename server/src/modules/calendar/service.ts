import { command } from '../../platform/command.js';
import type { Core, Ctx } from '../../platform/context.js';
import { calendarDb, dayNumber, isWeekend, loadCalendar, type CalendarDay } from '../../platform/calendar/index.js';
import { invalid, notFound } from '../../platform/errors.js';
import { nowIso } from '../../platform/util.js';
import type { Caller } from '../access/index.js';
import { mayManageCalendar } from './policy.js';
import type { DayInput } from './schema.js';

const KIND_LABEL = { holiday: '放假', workday: '调休上班' } as const;
const yearOf = (date: string) => Number(date.slice(0, 4));

/** A year's exceptions (holidays and make-up workdays) by date. Anyone logged in may read them. */
export async function listDays(core: Core, year: number) {
  const days: CalendarDay[] = await calendarDb(core.db)
    .selectFrom('calendar_days')
    .select(['date', 'kind', 'name'])
    .where('year', '=', year)
    .orderBy('date')
    .execute();
  return { year, days };
}

/** Workdays from start to end, both included (a leave's duration). */
export async function countWorkdays(core: Core, start: string, end: string) {
  const calendar = await loadCalendar(core.db, yearOf(start), yearOf(end));
  return { start, end, days: calendar.workdaysBetween(start, end) };
}

/** Makes a date a holiday or a make-up workday (replacing what it was). */
export async function setDay(core: Core, ctx: Ctx, caller: Caller, date: string, input: DayInput): Promise<CalendarDay> {
  mayManageCalendar(caller);
  if (input.kind === 'workday' && !isWeekend(dayNumber(date))) {
    throw invalid('CALENDAR_WORKDAY_ON_WEEKDAY', 'calendar.workdayOnWeekday', {}, { kind: { key: 'calendar.workdayOnWeekday' } });
  }
  const day: CalendarDay = { date, kind: input.kind, name: input.name };
  return command(core, ctx, async (w) => {
    const db = calendarDb(w.tx);
    const before = await db.selectFrom('calendar_days').select(['kind', 'name']).where('date', '=', date).executeTakeFirst();
    const updatedAt = nowIso();
    await db
      .insertInto('calendar_days')
      .values({ ...day, year: yearOf(date), updated_at: updatedAt })
      .onConflict((oc) => oc.column('date').doUpdateSet({ kind: day.kind, name: day.name, updated_at: updatedAt }))
      .execute();
    w.audit({
      action: 'calendar.day.set',
      targetType: 'calendarDay',
      targetId: date,
      summary: `工作日历：${date} 设为${KIND_LABEL[day.kind]}${day.name ? `（${day.name}）` : ''}`,
      detail: { before: before ?? null, after: { kind: day.kind, name: day.name } },
    });
    w.emit({ type: 'calendar.dayChanged', payload: { date, kind: day.kind } });
    return day;
  });
}

/** Returns a date to the weekday rule (Monday–Friday work, Saturday–Sunday rest). */
export async function removeDay(core: Core, ctx: Ctx, caller: Caller, date: string): Promise<void> {
  mayManageCalendar(caller);
  await command(core, ctx, async (w) => {
    const db = calendarDb(w.tx);
    const before = await db.selectFrom('calendar_days').select(['kind', 'name']).where('date', '=', date).executeTakeFirst();
    if (!before) throw notFound();
    await db.deleteFrom('calendar_days').where('date', '=', date).execute();
    w.audit({
      action: 'calendar.day.delete',
      targetType: 'calendarDay',
      targetId: date,
      summary: `工作日历：${date} 恢复为常规（原为${KIND_LABEL[before.kind]}${before.name ? `（${before.name}）` : ''}）`,
      detail: { before },
    });
    w.emit({ type: 'calendar.dayChanged', payload: { date, kind: null } });
  });
}
