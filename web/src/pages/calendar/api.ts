import { useQuery } from '@tanstack/react-query';
import { del, get, put } from '../../api/client';

export type DayKind = 'holiday' | 'workday';

/** An exception to "Monday–Friday work": a holiday (放假) or a make-up workday (调休上班). */
export interface CalendarDay {
  date: string;
  kind: DayKind;
  name: string;
}

export const CALENDAR_KEY = 'calendar';

/** A year's exceptions; any logged-in person may read them (date pickers mark workdays with them). */
export const useCalendarYear = (year: number) =>
  useQuery({
    queryKey: [CALENDAR_KEY, year],
    queryFn: () => get<{ year: number; days: CalendarDay[] }>(`/api/calendar/days?year=${year}`),
  });

export const saveDay = (day: CalendarDay) => put<CalendarDay>(`/api/calendar/days/${day.date}`, { kind: day.kind, name: day.name });
export const removeDay = (date: string) => del(`/api/calendar/days/${date}`);
