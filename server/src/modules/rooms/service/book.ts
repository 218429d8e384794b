import { command, type Work } from '../../../platform/command.js';
import type { Core, Ctx } from '../../../platform/context.js';
import { dateOf, dayNumber, weekdayOf } from '../../../platform/calendar/days.js';
import { AppError, forbidden, invalid } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import type { Caller } from '../../access/index.js';
import { managesRooms } from '../policy.js';
import { MAX_OCCURRENCES, type BookInput } from '../schema.js';
import { describeRange, endMinute, instantOf, startMinute } from '../time.js';
import { bookingQuery, presentBooking, type BookingView } from './present.js';
import { assertBookable, auditBooking, clashOf, insertBooking, lockRoom, noticePending, reserve } from './reserve.js';

type Repeat = NonNullable<BookInput['repeat']>;

/** The dates of a weekly rule from the first date to the last, both included, less the exceptions. */
export function occurrences(first: string, repeat: Repeat): string[] {
  const from = dayNumber(first);
  const until = dayNumber(repeat.until);
  if (until < from) throw invalid('ROOM_REPEAT_UNTIL', 'rooms.untilBeforeDate', {}, { 'repeat.until': { key: 'rooms.untilBeforeDate' } });
  const weekdays = new Set(repeat.weekdays ?? [weekdayOf(from) + 1]);
  const skip = new Set(repeat.exceptions);
  const dates: string[] = [];
  for (let day = from; day <= until; day++) {
    const date = dateOf(day);
    if (!weekdays.has(weekdayOf(day) + 1) || skip.has(date)) continue;
    dates.push(date);
    if (dates.length > MAX_OCCURRENCES) throw invalid('ROOM_SERIES_TOO_LONG', 'rooms.seriesTooLong', { max: MAX_OCCURRENCES });
  }
  if (!dates.length) throw invalid('ROOM_SERIES_EMPTY', 'rooms.seriesEmpty');
  return dates;
}

export interface BookResult {
  bookings: BookingView[];
  seriesId: string | null;
  /** Dates of a series left out because the slot was taken (only with freeOnly). */
  skipped: string[];
}

/** Books a slot, or a weekly series of it, for the caller (anyone logged in). */
export async function bookRoom(core: Core, ctx: Ctx, caller: Caller, roomId: string, input: BookInput): Promise<BookResult> {
  if (caller === 'system' || !ctx.actor) throw forbidden();
  const bookedBy = ctx.actor.userId;
  const approved = managesRooms(caller);
  const ids = await command(core, ctx, async (w) => {
    if (!input.repeat) {
      const { booking, room } = await reserve(w, { roomId, startAt: instantOf(input.date, input.start), endAt: instantOf(input.date, input.end), title: input.title, bookedBy, approved });
      auditBooking(w, room, booking);
      if (booking.status === 'pending') await noticePending(w, room, booking);
      return { ids: [booking.id], seriesId: null, skipped: [] as string[] };
    }
    return bookSeries(w, roomId, input, input.repeat, bookedBy, approved);
  });
  const rows = await bookingQuery(core.db).where('b.id', 'in', ids.ids).orderBy('b.start_min').execute();
  return { bookings: rows.map((r) => presentBooking(r)), seriesId: ids.seriesId, skipped: ids.skipped };
}

/**
 * Every occurrence is its own booking row; the series is refused as a whole when any occurrence is taken
 * (naming the dates), unless the booker asked for the free dates only.
 */
async function bookSeries(w: Work, roomId: string, input: BookInput, repeat: Repeat, bookedBy: string, approved: boolean) {
  const dates = occurrences(input.date, repeat);
  const room = await lockRoom(w.tx, roomId);
  const slots = dates.map((date) => ({ date, startAt: instantOf(date, input.start), endAt: instantOf(date, input.end) }));
  for (const s of slots) assertBookable(room, s.startAt, s.endAt);
  const taken: string[] = [];
  for (const s of slots) if (await clashOf(w.tx, roomId, startMinute(s.startAt), endMinute(s.endAt))) taken.push(s.date);
  if (taken.length && !repeat.freeOnly) {
    throw new AppError('ROOM_SERIES_TAKEN', 409, 'rooms.seriesTaken', { dates: taken.join('、') }, { 'repeat.dates': taken.join(',') });
  }
  const free = slots.filter((s) => !taken.includes(s.date));
  if (!free.length) throw invalid('ROOM_SERIES_EMPTY', 'rooms.seriesEmpty');
  const seriesId = newId();
  await w.tx
    .insertInto('room_booking_series')
    .values({
      id: seriesId,
      room_id: roomId,
      title: input.title,
      booked_by: bookedBy,
      weekdays: JSON.stringify(repeat.weekdays ?? [weekdayOf(dayNumber(input.date)) + 1]),
      start_time: input.start,
      end_time: input.end,
      first_date: input.date,
      until_date: repeat.until,
      exceptions: JSON.stringify([...repeat.exceptions, ...taken].sort()),
      created_at: nowIso(),
    })
    .execute();
  const status = room.needs_approval && !approved ? 'pending' : 'confirmed';
  const bookings = [];
  for (const s of free) {
    bookings.push(
      await insertBooking(w, { id: newId(), room_id: roomId, title: input.title, booked_by: bookedBy, meeting_id: null, series_id: seriesId, start_at: s.startAt, end_at: s.endAt, status }),
    );
  }
  const first = bookings[0]!;
  auditBooking(w, room, first, { seriesId, dates: free.map((s) => s.date), skipped: taken });
  w.audit({
    action: 'room.series.create',
    targetType: 'roomSeries',
    targetId: seriesId,
    summary: `每周重复预订：${room.name} ${describeRange(first.start_at, first.end_at)} 起 ${bookings.length} 次「${input.title}」${taken.length ? `，跳过 ${taken.join('、')}` : ''}`,
    detail: { dates: free.map((s) => s.date), skipped: taken },
  });
  if (status === 'pending') await noticePending(w, room, first, bookings.length);
  return { ids: bookings.map((b) => b.id), seriesId, skipped: taken };
}
