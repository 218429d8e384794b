import { z } from 'zod';
import { text } from '../../platform/http/validation.js';

export const CLASSIFICATIONS = ['public', 'internal', 'secret'] as const;
const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString());
const ids = (max: number) => z.array(z.uuid()).max(max);

/** 腾讯会议 or Zoom: an https link on their own hosts, so a notice never carries an arbitrary URL. */
const ONLINE_HOSTS = /(^|\.)(meeting\.tencent\.com|voovmeeting\.com|zoom\.us|zoom\.com\.cn)$/;
const onlineUrl = z
  .string()
  .trim()
  .max(500)
  .refine(
    (v) => {
      if (!v) return true;
      try {
        const url = new URL(v);
        return url.protocol === 'https:' && ONLINE_HOSTS.test(url.hostname);
      } catch {
        return false;
      }
    },
    { params: { key: 'meeting.onlineUrlInvalid' } },
  );

export const agendaItem = z.strictObject({
  title: text(200, 1),
  presenter: text(50).default(''),
  minutes: z.number().int().min(0).max(600).default(0),
});

const meetingFields = {
  topic: text(200, 1),
  description: text(2000).default(''),
  startAt: instant,
  endAt: instant,
  roomId: z.uuid().nullable().default(null),
  onlineUrl: onlineUrl.default(''),
  classification: z.enum(CLASSIFICATIONS).default('internal'),
  attendeeUserIds: ids(500).default([]),
  /** 列席 */
  observerUserIds: ids(200).default([]),
  departmentIds: ids(50).default([]),
  agenda: z.array(agendaItem).max(50).default([]),
  recorderUserId: z.uuid().nullable().default(null),
  /** Defaults to the applicant. */
  organizerUserId: z.uuid().optional(),
  /** Minutes before the start; default 1 day, 1 hour, 15 minutes. */
  reminderMinutes: z.array(z.number().int().min(1).max(14 * 1440)).max(5).default([1440, 60, 15]),
  /** Hours before the start by which materials are due. */
  materialsHoursBefore: z.number().int().min(0).max(14 * 24).default(24),
};

type Timed = { startAt: string; endAt: string; roomId: string | null; onlineUrl: string };
const sane = <T extends z.ZodType<Timed>>(schema: T) =>
  schema
    .refine((m) => m.endAt > m.startAt, { path: ['endAt'], params: { key: 'meeting.endBeforeStart' } })
    .refine((m) => Date.parse(m.endAt) - Date.parse(m.startAt) <= 24 * 3_600_000, { path: ['endAt'], params: { key: 'meeting.tooLong' } })
    .refine((m) => !!m.roomId || !!m.onlineUrl, { path: ['roomId'], params: { key: 'meeting.placeRequired' } });

/** 会议申请: what the form sends; a recurring 周例会 gives how many weeks it runs. */
export const meetingBody = sane(
  z.strictObject({
    ...meetingFields,
    /** 周例会: the same meeting on this many consecutive weeks (1 = a single meeting). */
    weeks: z.number().int().min(1).max(26).default(1),
  }),
);
export type MeetingInput = z.infer<typeof meetingBody>;
/** A change to one meeting (a draft, or an approved meeting: attendees are sent the update). */
export const meetingUpdateBody = sane(z.strictObject(meetingFields));
export type MeetingUpdate = z.infer<typeof meetingUpdateBody>;

export const listQuery = z.strictObject({
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  /** mine: I attend, organise or applied; all: the 会务管理员's view of the unit. */
  scope: z.enum(['mine', 'all']).default('mine'),
  /** Only meetings in this state (the workspace's 会议提醒 asks for approved ones). */
  status: z.enum(['draft', 'pending', 'approved', 'rejected', 'cancelled']).optional(),
  /** Only meetings starting before this instant (会议提醒: the next 7 days). */
  startBefore: instant.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListQuery = z.infer<typeof listQuery>;

const csvIds = z
  .string()
  .max(20_000)
  .default('')
  .transform((v) => v.split(',').filter(Boolean))
  .pipe(ids(500));

/** The clash check of the form, before anything is saved. */
export const clashQuery = z
  .strictObject({ startAt: instant, endAt: instant, userIds: csvIds, departmentIds: csvIds, excludeMeetingId: z.uuid().optional() })
  .refine((q) => q.endAt > q.startAt, { path: ['endAt'], params: { key: 'meeting.endBeforeStart' } });

export const replyBody = z.discriminatedUnion('reply', [
  z.strictObject({ reply: z.literal('accepted'), comment: text(500).default('') }),
  z.strictObject({ reply: z.literal('declined'), comment: text(500).default('') }),
  z.strictObject({ reply: z.literal('delegated'), comment: text(500).default(''), toUserId: z.uuid() }),
]);
export type ReplyInput = z.infer<typeof replyBody>;

export const cancelBody = z.strictObject({ reason: text(500).default('') });
export const meetingParams = z.strictObject({ id: z.uuid() });
export const materialParams = z.strictObject({ id: z.uuid(), materialId: z.uuid() });

/** A new material, or (groupId) a new version of one. */
export const materialBody = z.strictObject({ fileId: z.uuid(), groupId: z.uuid().optional() });

export const signInBody = z.strictObject({ token: z.string().min(8).max(200) });
export const manualSignInBody = z.strictObject({ userIds: ids(500).min(1), undo: z.boolean().default(false) });

export const minutesSections = z.strictObject({
  time: text(200).default(''),
  place: text(200).default(''),
  chair: text(200).default(''),
  present: text(2000).default(''),
  observers: text(2000).default(''),
  recorder: text(100).default(''),
  topics: text(20_000).default(''),
  resolutions: text(20_000).default(''),
});
export type MinutesSections = z.infer<typeof minutesSections>;

export const decisionInput = z.strictObject({
  content: text(2000, 1),
  ownerUserId: z.uuid(),
  departmentId: z.uuid(),
  deadline: z.iso.date(),
});
export const minutesBody = z.strictObject({ sections: minutesSections, decisions: z.array(decisionInput).max(100).default([]) });
export type MinutesInput = z.infer<typeof minutesBody>;

export const minutesReplyBody = z.strictObject({ confirmed: z.boolean(), comment: text(2000).default('') });
