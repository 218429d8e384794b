import type { Db, Tx } from '../../platform/db/index.js';
import type { Module } from '../index.js';

/** Schedules (日程): personal and shared calendars, own entries with reminders, iCalendar feeds. */
export const scheduleModule: Module = {
  name: 'schedule',
  routes: async () => {},
};

/** One stretch of someone's time taken by something (a meeting, an entry, a trip, a deadline). */
export interface BusySlot {
  userId: string;
  /** ISO UTC; end exclusive. */
  startAt: string;
  endAt: string;
  title: string;
  /** Who supplied it: 'entry' (own entries), 'meeting', … */
  source: string;
  refId: string;
  /** Web path to open it. */
  link: string;
}

/** A module that puts things in people's calendars (meetings register theirs). */
export type ScheduleSource = (db: Db | Tx, userIds: string[], from: string, to: string) => Promise<BusySlot[]>;

const sources = new Map<string, ScheduleSource>();

export function registerScheduleSource(name: string, source: ScheduleSource): void {
  sources.set(name, source);
}

/** Everything that takes these people's time between from and to, from every source. */
export async function busyOf(db: Db | Tx, userIds: string[], from: string, to: string): Promise<BusySlot[]> {
  if (!userIds.length) return [];
  const all = await Promise.all([...sources.values()].map((s) => s(db, userIds, from, to)));
  return all.flat().sort((a, b) => a.startAt.localeCompare(b.startAt));
}
