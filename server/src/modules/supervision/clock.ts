import type { Db, Tx } from '../../platform/db/index.js';
import { loadCalendar, localDate, unitTimeZone } from '../../platform/calendar/index.js';
import type { ReportSchedule } from '../../platform/db/schema-supervision.js';

/** Today in the unit's time zone, YYYY-MM-DD. */
export const today = (): string => localDate(unitTimeZone());

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The date `days` workdays after `from` on the unit's calendar. */
async function addWorkdays(db: Db | Tx, from: string, days: number): Promise<string> {
  const year = Number(from.slice(0, 4));
  const calendar = await loadCalendar(db, year, year + 1);
  // Noon UTC falls on the same date in every zone from UTC−11 to UTC+11.
  return localDate(unitTimeZone(), new Date(calendar.addWorkdays(`${from}T12:00:00Z`, days, unitTimeZone())));
}

/** The workday after `from`. */
export const nextWorkday = (db: Db | Tx, from = today()): Promise<string> => addWorkdays(db, from, 1);

/** The next progress report's due date counted from `from`: a week, or N workdays of the unit's calendar. */
export async function nextReportDue(tx: Tx, schedule: ReportSchedule, interval: number, from = today()): Promise<string | null> {
  if (schedule === 'none') return null;
  if (schedule === 'weekly') return addDays(from, 7);
  return addWorkdays(tx, from, interval);
}
