import type { Kysely } from 'kysely';
import { calendarDb, dayNumber, isIsoDate, isWeekend, type CalendarDay } from './days.js';
import { fromLocal, parseClock, toLocal } from './zone.js';

/** The working hours of a workday, 'HH:MM' in the unit's time zone. */
export interface WorkingHours {
  start: string;
  end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '09:00', end: '17:30' };

/** Limits that catch a mistaken time limit before it walks the calendar for centuries. */
const MAX_WORKDAYS = 5_000;
const MAX_WORKING_HOURS = 40_000;

/**
 * Working days: Monday to Friday unless a holiday (放假), Saturday and Sunday only when a make-up
 * workday (调休上班). Pure and synchronous; build one per request or command with loadCalendar.
 */
export interface Calendar {
  isWorkday(date: string): boolean;
  /** Workdays from start to end, both included; 0 when end is before start. */
  workdaysBetween(start: string, end: string): number;
  /**
   * The moment n workdays after `fromIso` at the same wall-clock time in the zone, on a workday
   * (n = 0 moves a moment on a rest day to the next workday). Returns an ISO-8601 UTC string.
   */
  addWorkdays(fromIso: string, n: number, timeZone: string): string;
  /**
   * The moment after `hours` of working time: only the working hours of workdays count, and a
   * start outside them counts from the next opening. Returns an ISO-8601 UTC string.
   */
  addWorkingHours(fromIso: string, hours: number, timeZone: string, workingHours?: WorkingHours): string;
}

function dayOf(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return dayNumber(date);
}

function instantOf(iso: string): number {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new RangeError(`not a time: ${iso}`);
  return instant;
}

function checkAmount(value: number, max: number, what: string): void {
  if (!Number.isFinite(value) || value < 0 || value > max) throw new RangeError(`${what} out of range: ${value}`);
}

/** Monday-to-Friday days among day numbers up to and including `day` (counted from a fixed Monday). */
function weekdaysUpTo(day: number): number {
  const n = day + 4; // days from the Monday 1969-12-29 (day -3) up to and including `day`
  const weeks = Math.floor(n / 7);
  return weeks * 5 + Math.min(n - weeks * 7, 5);
}

/** A calendar over the given exceptions; every other day follows the weekday rule. */
export function createCalendar(days: readonly Pick<CalendarDay, 'date' | 'kind'>[]): Calendar {
  const exceptions = new Map<number, boolean>();
  for (const d of days) exceptions.set(dayOf(d.date), d.kind === 'workday');
  const sorted = [...exceptions.entries()].sort((a, b) => a[0] - b[0]);
  const works = (day: number): boolean => exceptions.get(day) ?? !isWeekend(day);

  return {
    isWorkday: (date) => works(dayOf(date)),

    workdaysBetween(start, end) {
      const a = dayOf(start);
      const b = dayOf(end);
      if (b < a) return 0;
      let count = weekdaysUpTo(b) - weekdaysUpTo(a - 1);
      for (const [day, workday] of sorted) {
        if (day < a) continue;
        if (day > b) break;
        if (workday !== !isWeekend(day)) count += workday ? 1 : -1;
      }
      return count;
    },

    addWorkdays(fromIso, n, timeZone) {
      checkAmount(n, MAX_WORKDAYS, 'workdays');
      if (!Number.isInteger(n)) throw new RangeError(`workdays must be whole: ${n}`);
      const from = toLocal(instantOf(fromIso), timeZone);
      let day = from.day;
      let left = n;
      while (left > 0 || !works(day)) {
        day += 1;
        if (works(day)) left -= 1;
      }
      return new Date(fromLocal({ day, ms: from.ms }, timeZone)).toISOString();
    },

    addWorkingHours(fromIso, hours, timeZone, workingHours = DEFAULT_WORKING_HOURS) {
      checkAmount(hours, MAX_WORKING_HOURS, 'working hours');
      const open = parseClock(workingHours.start);
      const close = parseClock(workingHours.end);
      if (close <= open) throw new RangeError(`working hours end before they start: ${workingHours.start}–${workingHours.end}`);
      const from = toLocal(instantOf(fromIso), timeZone);
      let left = Math.round(hours * 3_600_000);
      let { day, ms } = from;
      for (;;) {
        if (works(day)) {
          const cursor = Math.max(ms, open);
          if (cursor < close) {
            const available = close - cursor;
            if (left <= available) return new Date(fromLocal({ day, ms: cursor + left }, timeZone)).toISOString();
            left -= available;
          }
        }
        day += 1;
        ms = 0;
      }
    },
  };
}

/**
 * Loads the exceptions (of the given years, or all: the table is small) in one query.
 * Days outside the loaded years follow the weekday rule.
 */
export async function loadCalendar(db: Kysely<any>, fromYear?: number, toYear?: number): Promise<Calendar> {
  let query = calendarDb(db).selectFrom('calendar_days').select(['date', 'kind']);
  if (fromYear !== undefined) query = query.where('year', '>=', fromYear);
  if (toYear !== undefined) query = query.where('year', '<=', toYear);
  return createCalendar(await query.execute());
}

