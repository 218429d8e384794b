import type { BusySlot, ScheduleSource } from '../sources.js';
import { t } from '../../../platform/i18n/index.js';
import { bool } from '../../../platform/util.js';
import { dueTasksOf } from '../../workflow/service/due-tasks.js';
import { approvedAbsences } from '../../workflow/service/absences.js';
import { localDate, unitTimeZone } from '../../../platform/calendar/index.js';
import { dateOf, dayNumber } from '../../../platform/calendar/days.js';
import { fromLocal } from '../../../platform/calendar/zone.js';
import { entriesFor, occurrencesOf, type PersonEntry } from './occurrences.js';

/** A deadline shows as this long a slot ending at the due time. */
const DEADLINE_SLOT_MS = 30 * 60_000;

export const entryLink = (entryId: string) => `/schedule?entry=${entryId}`;

/** An entry's occurrences in [from, to) as slots of its person; `full` keeps the details (for that person only). */
export function entrySlots(e: PersonEntry, from: string, to: string, full: boolean): BusySlot[] {
  const masked = !full;
  return occurrencesOf(e, from, to).map((o) => ({
    userId: e.forUserId,
    startAt: o.startAt,
    endAt: o.endAt,
    title: masked ? t('zh-CN', 'schedule.busy') : e.title,
    source: 'entry',
    refId: e.id,
    link: entryLink(e.id),
    allDay: bool(e.all_day),
    ...(masked ? { masked: true } : { location: e.location, description: e.notes, priority: e.priority }),
    ...(e.participation ? { status: e.participation } : {}),
  }));
}

/** What others may know of people's entries: busy time, without details; private entries not at all. */
export const entrySource: ScheduleSource = async (db, userIds, from, to) => {
  const entries = await entriesFor(db, userIds, from, to);
  return entries.filter((e) => e.visibility !== 'private').flatMap((e) => entrySlots(e, from, to, false));
};

/** Open workflow tasks due in the window: markers, never clashes. */
export const deadlineSource: ScheduleSource = async (db, userIds, from, to) => {
  const tasks = await dueTasksOf(db, userIds, from, new Date(Date.parse(to) + DEADLINE_SLOT_MS).toISOString());
  return tasks
    .map((task) => ({
      userId: task.userId,
      startAt: new Date(Date.parse(task.dueAt) - DEADLINE_SLOT_MS).toISOString(),
      endAt: task.dueAt,
      title: t('zh-CN', 'schedule.deadlineTitle', { title: task.title, step: task.stepName }),
      source: 'deadline',
      refId: task.taskId,
      link: `/workflow/instances/${task.instanceId}`,
      marker: true,
    }))
    .filter((s) => s.startAt < to && s.endAt > from);
};

/** The unit zone's midnight starting this date (YYYY-MM-DD), as an ISO instant. */
const midnight = (date: string) => new Date(fromLocal({ day: dayNumber(date), ms: 0 }, unitTimeZone())).toISOString();

/** Approved 请假 and 出差: whole days away, a clash for a meeting, shown to colleagues by their kind only. */
export const absenceSource: ScheduleSource = async (db, userIds, from, to) => {
  const zone = unitTimeZone();
  const away = await approvedAbsences(db, userIds, localDate(zone, new Date(from)), localDate(zone, new Date(to)));
  return away
    .map((a) => ({
      userId: a.userId,
      startAt: midnight(a.startDate),
      endAt: midnight(dateOf(dayNumber(a.endDate) + 1)),
      title: t('zh-CN', `schedule.absence.${a.kind}`),
      source: 'absence',
      refId: a.instanceId,
      link: `/workflow/instances/${a.instanceId}`,
      allDay: true,
    }))
    .filter((s) => s.startAt < to && s.endAt > from);
};
