import type { Kysely } from 'kysely';

/** 'holiday' (放假) on any day, or 'workday' (调休上班, a make-up workday on a Saturday or Sunday). */
export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** One exception to the rule "Monday to Friday work, Saturday and Sunday rest". */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface CalendarDayTable extends CalendarDay {
  year: number;
  updated_at: string;
}

export interface CalendarTables {
  calendar_days: CalendarDayTable;
}

/** The calendar's table on a connection or a transaction (the same object, typed for calendar_days). */
export const calendarDb = (db: Kysely<any>): Kysely<CalendarTables> => db as Kysely<CalendarTables>;

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (no validation: see isIsoDate). */
export const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

/** 'YYYY-MM-DD' of a day number (years 0000–9999). */
export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A real calendar date written 'YYYY-MM-DD'. */
export const isIsoDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && dateOf(dayNumber(value)) === value;

/** Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

export const isWeekend = (day: number): boolean => weekdayOf(day) >= 5;
