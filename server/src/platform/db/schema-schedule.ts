/** Row types of 日程 (personal and shared schedules, subscriptions). */

/** A shared team calendar (团队日程): a department's or hand-picked members; its owner manages them. */
export interface ScheduleCalendarTable {
  id: string;
  name: string;
  /** A preset colour name for the web (blue, green, …). */
  color: string;
  owner_user_id: string;
  /** The department whose people were made members when it was created, if any. */
  department_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScheduleCalendarMemberTable {
  calendar_id: string;
  user_id: string;
  added_at: string;
}

export type ScheduleEntryKind = 'event' | 'trip';
export type SchedulePriority = 'high' | 'normal' | 'low';
/** busy: others see the time as 忙碌 without details; private: only the owner sees it and it blocks nothing. */
export type ScheduleVisibility = 'busy' | 'private';
export type ParticipationStatus = 'invited' | 'accepted' | 'declined' | 'tentative';

/** One entry: the owner's own (calendar_id null) or on a team calendar with participants. */
export interface ScheduleEntryTable {
  id: string;
  owner_user_id: string;
  calendar_id: string | null;
  kind: ScheduleEntryKind;
  title: string;
  location: string;
  notes: string;
  /** ISO UTC; end exclusive. All-day entries run from the unit zone's midnight to a later one. */
  starts_at: string;
  ends_at: string;
  all_day: number;
  priority: SchedulePriority;
  visibility: ScheduleVisibility;
  /** JSON array of minutes before the start, e.g. [60, 15]. */
  reminders: string;
  recurrence: 'none' | 'weekly';
  /** A weekly entry's occurrences start before this instant (the midnight after its last date, unit zone); null = no end. */
  recur_until: string | null;
  /** Bumped on every change: a reminder job planned for an older revision does nothing. */
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface ScheduleParticipantTable {
  entry_id: string;
  user_id: string;
  status: ParticipationStatus;
  responded_at: string | null;
}

/** A planned reminder job (its unique key), so a change or deletion can cancel it. */
export interface ScheduleReminderTable {
  job_key: string;
  entry_id: string;
  occurrence_start: string;
  minutes: number;
  fire_at: string;
}

/** A person's iCalendar subscription: only the hash of the secret token is kept. */
export interface ScheduleFeedTable {
  user_id: string;
  token_hash: string;
  created_at: string;
}

export interface ScheduleTables {
  schedule_calendars: ScheduleCalendarTable;
  schedule_calendar_members: ScheduleCalendarMemberTable;
  schedule_entries: ScheduleEntryTable;
  schedule_participants: ScheduleParticipantTable;
  schedule_reminders: ScheduleReminderTable;
  schedule_feeds: ScheduleFeedTable;
}
