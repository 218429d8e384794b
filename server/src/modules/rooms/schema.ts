import { z } from 'zod';
import { isIsoDate } from '../../platform/calendar/days.js';
import { pageQuery, text } from '../../platform/http/validation.js';

export const ROOM_EQUIPMENT = ['projector', 'screen', 'video', 'whiteboard', 'microphone'] as const;
export const ADJUSTMENT_KINDS = ['seats', 'equipment', 'service', 'other'] as const;
/** At most this many occurrences in one recurring booking (about a year of weekly meetings). */
export const MAX_OCCURRENCES = 60;

export const isoDate = z.string().refine(isIsoDate, { params: { key: 'validation.format' } });
/** A wall-clock time 'HH:MM' (24:00 for a room open until midnight). */
export const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/);
/** A booking's start or end: on a quarter hour. */
const quarter = clock.refine((v) => Number(v.slice(3)) % 15 === 0, { params: { key: 'rooms.granularity' } });
/** Date and wall clock in the unit's zone, 'YYYY-MM-DDTHH:MM'. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T(([01]\d|2[0-3]):[0-5]\d|24:00)$/)
  .refine((v) => isIsoDate(v.slice(0, 10)), { params: { key: 'validation.format' } });

const equipmentList = z.array(z.enum(ROOM_EQUIPMENT)).max(ROOM_EQUIPMENT.length);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const equipmentCsv = z
  .string()
  .max(200)
  .transform((v) => v.split(',').filter(Boolean))
  .pipe(equipmentList);

export const roomBody = z.strictObject({
  name: text(60, 1),
  location: text(100, 1),
  capacity: z.number().int().min(1).max(2000),
  equipment: equipmentList.default([]),
  description: text(500).default(''),
  photoFileId: z.uuid().nullable().default(null),
  opensAt: clock.default('08:00'),
  closesAt: clock.default('22:00'),
  needsApproval: z.boolean().default(false),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
});
export type RoomInput = z.infer<typeof roomBody>;

export const roomsQuery = z.strictObject({
  minCapacity: z.coerce.number().int().min(0).max(2000).optional(),
  equipment: equipmentCsv.optional(),
  includeInactive: flag.optional(),
});
export type RoomsQuery = z.infer<typeof roomsQuery>;

export const availabilityQuery = z.strictObject({
  date: isoDate,
  days: z.coerce.number().int().min(1).max(7).default(1),
  roomId: z.uuid().optional(),
  minCapacity: z.coerce.number().int().min(0).max(2000).optional(),
  equipment: equipmentCsv.optional(),
});
export type AvailabilityQuery = z.infer<typeof availabilityQuery>;

export const repeatBody = z.strictObject({
  /** ISO weekdays 1 = Monday … 7 = Sunday; the first date's weekday when left out. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional(),
  until: isoDate,
  exceptions: z.array(isoDate).max(MAX_OCCURRENCES).default([]),
  /** Book the free dates and skip the taken ones, instead of refusing the whole series. */
  freeOnly: z.boolean().default(false),
});

export const bookBody = z.strictObject({
  date: isoDate,
  start: quarter,
  end: quarter,
  title: text(100, 1),
  repeat: repeatBody.optional(),
});
export type BookInput = z.infer<typeof bookBody>;

export const cancelBody = z.strictObject({
  /** 'following': this occurrence and the later ones of its series. */
  scope: z.enum(['one', 'following']).default('one'),
});
export const decisionBody = z.strictObject({ note: text(200).default('') });
export const blockBody = z.strictObject({ start: localDateTime, end: localDateTime, reason: text(200, 1) });
export const adjustmentBody = z.strictObject({ kind: z.enum(ADJUSTMENT_KINDS), detail: text(500, 1) });
export const handleBody = z.strictObject({ status: z.enum(['done', 'declined']), reply: text(500).default('') });
export const feedbackBody = z.strictObject({
  cleanliness: z.number().int().min(1).max(5),
  equipmentFaults: text(500).default(''),
  comment: text(500).default(''),
});
export const settingsBody = z.strictObject({ lateCancelMinutes: z.number().int().min(0).max(7 * 24 * 60) });
export const mineQuery = z.strictObject({ when: z.enum(['upcoming', 'past']).default('upcoming'), ...pageQuery });
export const adjustmentsQuery = z.strictObject({ status: z.enum(['open', 'done', 'declined']).default('open'), ...pageQuery });
