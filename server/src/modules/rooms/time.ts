import { DAY_MS, dateOf, dayNumber } from '../../platform/calendar/days.js';
import { fromLocal, parseClock, toLocal } from '../../platform/calendar/zone.js';
import { unitTimeZone } from '../../platform/calendar/unit-zone.js';

export const MINUTE_MS = 60_000;
/** Bookings made through the grid start and end on a quarter hour. */
export const SLOT_MINUTES = 15;

/** Whole minutes since the epoch: the start rounded down, an end rounded up, so a range never shrinks. */
export const startMinute = (iso: string) => Math.floor(Date.parse(iso) / MINUTE_MS);
export const endMinute = (iso: string) => Math.ceil(Date.parse(iso) / MINUTE_MS);

export { unitTimeZone as timeZone } from '../../platform/calendar/unit-zone.js';

/** 'HH:MM' of ms since midnight (24:00 for a whole day). */
export const clockOf = (ms: number) => {
  const minutes = Math.round(ms / MINUTE_MS);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** The instant (ISO UTC) showing this date and wall clock in the unit's zone. */
export const instantOf = (date: string, clock: string) => new Date(fromLocal({ day: dayNumber(date), ms: parseClock(clock) }, unitTimeZone())).toISOString();

/** Local date and clock of an instant. */
export function localOf(iso: string): { date: string; clock: string; day: number; ms: number } {
  const local = toLocal(Date.parse(iso), unitTimeZone());
  return { date: dateOf(local.day), clock: clockOf(local.ms), ...local };
}

/**
 * A range on the wall clock, its end counted from the start's midnight (so an end at next midnight is
 * 24:00 and a range over midnight ends past 24:00).
 */
export function wallRange(startAt: string, endAt: string) {
  const start = localOf(startAt);
  const end = toLocal(Date.parse(endAt), unitTimeZone());
  const endMs = (end.day - start.day) * DAY_MS + end.ms;
  return { date: start.date, startMs: start.ms, endMs, start: start.clock, end: clockOf(endMs) };
}

/** "2026-11-26 09:00–10:00", for messages. */
export function describeRange(startAt: string, endAt: string): string {
  const r = wallRange(startAt, endAt);
  return `${r.date} ${r.start}–${r.end}`;
}

/** The dates from a date on, for a number of days. */
export const datesFrom = (date: string, days: number) => Array.from({ length: days }, (_, i) => dateOf(dayNumber(date) + i));
