export { DEFAULT_WORKING_HOURS, createCalendar, loadCalendar, type Calendar, type WorkingHours } from './calendar.js';
export { CALENDAR_DAY_KINDS, calendarDb, dayNumber, isIsoDate, isWeekend, type CalendarDay, type CalendarDayKind, type CalendarDayTable } from './days.js';
export { localClock, localDate, localDateTime } from './zone.js';
export { setUnitTimeZone, unitTimeZone } from './unit-zone.js';
export { PROVISIONAL, SHIPPED_DAYS, SHIPPED_YEARS, ensureShippedCalendar } from './holidays.js';
