import type { CalendarDay } from './api';

/** 'YYYY-MM-DD' of a local calendar date. */
export const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Monday 0 … Sunday 6 of a 'YYYY-MM-DD' date. */
export const weekdayIndex = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
};

export const isWeekend = (date: string): boolean => weekdayIndex(date) >= 5;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

export const byDate = (days: CalendarDay[] | undefined): Map<string, CalendarDay> => new Map((days ?? []).map((d) => [d.date, d]));
