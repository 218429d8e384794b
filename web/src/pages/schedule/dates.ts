import dayjs, { type Dayjs } from 'dayjs';
import type { CalendarItem, Range } from './api';

export type View = 'day' | 'week' | 'month' | 'list';
export const VIEWS: View[] = ['day', 'week', 'month', 'list'];
/** The list view shows this many days from the chosen one. */
export const LIST_DAYS = 14;

/** Monday of the date's week (offices count weeks from Monday). */
export const mondayOf = (d: Dayjs) => d.startOf('day').subtract((d.day() + 6) % 7, 'day');

/** The first and last (exclusive) day a view shows around the anchor date. */
export function spanOf(view: View, anchor: Dayjs): { start: Dayjs; end: Dayjs } {
  const day = anchor.startOf('day');
  switch (view) {
    case 'day':
      return { start: day, end: day.add(1, 'day') };
    case 'week':
      return { start: mondayOf(day), end: mondayOf(day).add(7, 'day') };
    case 'month': {
      const start = mondayOf(day.startOf('month'));
      return { start, end: start.add(42, 'day') };
    }
    case 'list':
      return { start: day, end: day.add(LIST_DAYS, 'day') };
  }
}

export const rangeOf = (view: View, anchor: Dayjs): Range => {
  const { start, end } = spanOf(view, anchor);
  return { from: start.toISOString(), to: end.toISOString() };
};

/** The anchor one step back or forward in the view. */
export function step(view: View, anchor: Dayjs, direction: 1 | -1): Dayjs {
  if (view === 'month') return anchor.add(direction, 'month');
  if (view === 'week') return anchor.add(7 * direction, 'day');
  if (view === 'list') return anchor.add(LIST_DAYS * direction, 'day');
  return anchor.add(direction, 'day');
}

/** The date (YYYY-MM-DD) an instant falls on in the zone. */
export const zoneDate = (iso: string | number, timeZone: string) => new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date(iso));

/** The instant showing this wall clock (date, hours, minutes) in the zone. */
export function zoneInstant(date: string, hours: number, minutes: number, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hours, minutes);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(wall)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
  const offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - wall;
  return new Date(wall - offset).toISOString();
}

/**
 * The items that touch a day: timed ones by the browser's clock, all-day ones by their dates in the
 * unit's zone (an all-day trip stays on its dates wherever the browser is).
 */
export const itemsOn = (items: CalendarItem[], day: Dayjs, timeZone: string) => {
  const start = day.startOf('day');
  const end = start.add(1, 'day');
  const date = start.format('YYYY-MM-DD');
  return items.filter((i) =>
    i.allDay ? zoneDate(i.startAt, timeZone) <= date && date < zoneDate(i.endAt, timeZone) : dayjs(i.startAt).isBefore(end) && dayjs(i.endAt).isAfter(start),
  );
};

export const daysOf = (start: Dayjs, count: number) => Array.from({ length: count }, (_, i) => start.add(i, 'day'));

/** "09:00–10:30", or the all-day label. */
export const timeSpan = (item: CalendarItem, allDayLabel: string) =>
  item.allDay ? allDayLabel : item.marker ? dayjs(item.endAt).format('HH:mm') : `${dayjs(item.startAt).format('HH:mm')}–${dayjs(item.endAt).format('HH:mm')}`;
