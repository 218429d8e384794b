import { z } from 'zod';
import { text } from '../../platform/http/validation.js';
import { DAY_MS } from '../../platform/calendar/days.js';

const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString());
/** The widest window one request may ask for (a list view of a year). */
export const MAX_RANGE_DAYS = 366;

export const ENTRY_KINDS = ['event', 'trip'] as const;
export const PRIORITIES = ['high', 'normal', 'low'] as const;
export const VISIBILITIES = ['busy', 'private'] as const;
/** Reminder offsets a person may choose, in minutes before the start (1 h and 15 min are the usual). */
export const REMINDER_MINUTES = [0, 5, 15, 30, 60, 120, 1440] as const;
export const CALENDAR_COLORS = ['blue', 'green', 'orange', 'purple', 'cyan', 'magenta', 'gold', 'red'] as const;

export const rangeQuery = z
  .strictObject({ from: instant, to: instant })
  .refine((q) => q.to > q.from, { path: ['to'], params: { key: 'schedule.rangeOrder' } })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_RANGE_DAYS * DAY_MS, { path: ['to'], params: { key: 'schedule.rangeTooLong' } });

export const freeBusyQuery = z
  .strictObject({ userIds: z.string().max(2000).transform((v) => [...new Set(v.split(',').filter(Boolean))]).pipe(z.array(z.uuid()).min(1).max(50)), from: instant, to: instant })
  .refine((q) => q.to > q.from, { path: ['to'], params: { key: 'schedule.rangeOrder' } })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 62 * DAY_MS, { path: ['to'], params: { key: 'schedule.rangeTooLong' } });

export const entryBody = z
  .strictObject({
    title: text(100, 1),
    kind: z.enum(ENTRY_KINDS).default('event'),
    startAt: instant,
    endAt: instant,
    allDay: z.boolean().default(false),
    location: text(200).default(''),
    notes: text(2000).default(''),
    priority: z.enum(PRIORITIES).default('normal'),
    visibility: z.enum(VISIBILITIES).default('busy'),
    reminders: z.array(z.union(REMINDER_MINUTES.map((m) => z.literal(m)))).max(REMINDER_MINUTES.length).default([15]),
    recurrence: z.enum(['none', 'weekly']).default('none'),
    recurUntil: z.iso.date().nullish(),
    /** A team calendar the entry goes on (the caller must be a member). */
    calendarId: z.uuid().nullish(),
    /** Members of that team calendar taking part; the creator always does. */
    participantIds: z.array(z.uuid()).max(200).default([]),
  })
  .refine((e) => e.endAt > e.startAt, { path: ['endAt'], params: { key: 'schedule.endBeforeStart' } })
  .refine((e) => Date.parse(e.endAt) - Date.parse(e.startAt) <= 31 * DAY_MS, { path: ['endAt'], params: { key: 'schedule.tooLong' } })
  .refine((e) => e.calendarId || !e.participantIds.length, { path: ['participantIds'], params: { key: 'schedule.participantsNeedCalendar' } });

export const replyBody = z.strictObject({ status: z.enum(['accepted', 'declined', 'tentative']) });

export const calendarBody = z.strictObject({
  name: text(60, 1),
  color: z.enum(CALENDAR_COLORS).default('blue'),
  /** Makes every active person of this department a member. */
  departmentId: z.uuid().nullish(),
  memberIds: z.array(z.uuid()).max(500).default([]),
});

export const calendarPatch = z.strictObject({ name: text(60, 1), color: z.enum(CALENDAR_COLORS) });
export const membersBody = z.strictObject({ userIds: z.array(z.uuid()).min(1).max(500) });
export const memberParams = z.strictObject({ id: z.uuid(), userId: z.uuid() });
export const feedParams = z.strictObject({ file: z.string().max(100) });

export type EntryInput = z.infer<typeof entryBody>;
export type CalendarInput = z.infer<typeof calendarBody>;
