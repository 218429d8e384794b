import type { Db, Tx } from '../../platform/db/index.js';

/** One stretch of someone's time taken by something (a meeting, an entry, a trip, a deadline). */
export interface BusySlot {
  userId: string;
  /** ISO UTC; end exclusive. */
  startAt: string;
  endAt: string;
  title: string;
  /** Who supplied it: 'entry' (own and team entries), 'meeting', 'deadline', … */
  source: string;
  refId: string;
  /** Web path to open it. */
  link: string;
  /** Runs from the unit zone's midnight to a later midnight. */
  allDay?: boolean;
  location?: string;
  description?: string;
  /** high, normal or low (entries). */
  priority?: string;
  /** The person's participation: invited, accepted, declined, tentative (meetings, team entries). */
  status?: string;
  /** A point in time to be aware of (a task's due time), not time taken: never a clash. */
  marker?: boolean;
  /** Shown to others as 忙碌 only: the title is already masked in what busyOf returns. */
  masked?: boolean;
  /** Its details must not leave the system (a classified meeting): subscription feeds show it as 忙碌 only. */
  confidential?: boolean;
  /** The iCalendar UID the source uses elsewhere (e.g. in its invitations); the feed falls back to <source>-<refId>@tongban. */
  uid?: string;
}

/** A module that puts things in people's calendars (meetings register theirs). */
export type ScheduleSource = (db: Db | Tx, userIds: string[], from: string, to: string) => Promise<BusySlot[]>;

export interface BusyOptions {
  /** Also return markers (deadlines); clash checks leave them out, a calendar shows them. */
  markers?: boolean;
}

const sources = new Map<string, ScheduleSource>();

export function registerScheduleSource(name: string, source: ScheduleSource): void {
  sources.set(name, source);
}

/** Everything that takes these people's time between from and to, from every source (markers only when asked). */
export async function busyOf(db: Db | Tx, userIds: string[], from: string, to: string, options: BusyOptions = {}): Promise<BusySlot[]> {
  if (!userIds.length) return [];
  const all = await Promise.all([...sources.values()].map((s) => s(db, userIds, from, to)));
  return all
    .flat()
    .filter((s) => options.markers || !s.marker)
    .sort((a, b) => a.startAt.localeCompare(b.startAt));
}
