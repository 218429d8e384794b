import type { CalendarItem } from './api';

/** Colours of the team calendars (the names the server accepts). */
export const CALENDAR_COLORS: Record<string, string> = {
  blue: '#1677ff',
  green: '#52c41a',
  orange: '#fa8c16',
  purple: '#722ed1',
  cyan: '#13c2c2',
  magenta: '#eb2f96',
  gold: '#faad14',
  red: '#f5222d',
};

/** Meetings blue, deadlines red, trips and approved leave purple, own entries by priority, team entries in their calendar's colour. */
export const SOURCE_COLORS = { meeting: '#1677ff', deadline: '#f5222d', trip: '#722ed1', high: '#fa541c', normal: '#389e0d', low: '#8c8c8c' } as const;

export function colorOf(item: CalendarItem, calendarColors: Map<string, string>): string {
  if (item.source === 'meeting') return SOURCE_COLORS.meeting;
  if (item.source === 'deadline') return SOURCE_COLORS.deadline;
  if (item.source === 'absence') return SOURCE_COLORS.trip;
  if (item.source !== 'entry') return '#595959';
  if (item.calendarId && calendarColors.has(item.calendarId)) return CALENDAR_COLORS[calendarColors.get(item.calendarId)!] ?? SOURCE_COLORS.normal;
  if (item.kind === 'trip') return SOURCE_COLORS.trip;
  return SOURCE_COLORS[(item.priority as 'high' | 'normal' | 'low') ?? 'normal'] ?? SOURCE_COLORS.normal;
}
