import { z } from 'zod';
import { CALENDAR_DAY_KINDS } from '../../platform/calendar/index.js';
import { text } from '../../platform/http/validation.js';

const isoDate = z.iso.date();

export const dayParam = z.strictObject({ date: isoDate });

export const dayBody = z.strictObject({
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: text(40),
});

export const yearQuery = z.strictObject({ year: z.coerce.number().int().min(1900).max(2200) });

export const workdaysQuery = z
  .strictObject({ start: isoDate, end: isoDate })
  .refine((q) => q.start <= q.end, { path: ['end'], params: { key: 'calendar.rangeOrder' } });

export type DayInput = z.infer<typeof dayBody>;
