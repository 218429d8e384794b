import type { Module } from '../index.js';
import { scheduleRoutes } from './routes.js';
import { registerScheduleSource } from './sources.js';
import { absenceSource, deadlineSource, entrySource } from './service/own-sources.js';
import { REMIND_JOB, remindJob } from './service/reminders.js';

export { busyOf, registerScheduleSource, type BusyOptions, type BusySlot, type ScheduleSource } from './sources.js';

// Own and team entries (masked for others), approved leave and trips, and workflow tasks' due times (markers, never clashes).
registerScheduleSource('entry', entrySource);
registerScheduleSource('absence', absenceSource);
registerScheduleSource('deadline', deadlineSource);

/** Schedules (日程): personal and shared calendars, own entries with reminders, iCalendar feeds. */
export const scheduleModule: Module = {
  name: 'schedule',
  routes: scheduleRoutes,
  jobs: { [REMIND_JOB]: remindJob },
};
