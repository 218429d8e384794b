import type { Db, Tx } from '../../../platform/db/index.js';
import { dateOf, dayNumber, DAY_MS } from '../../../platform/calendar/days.js';
import { localDate } from '../../../platform/calendar/zone.js';
import type { Caller } from '../../access/index.js';
import type { AvailabilityQuery } from '../schema.js';
import { clockOf, datesFrom, instantOf, startMinute, timeZone, wallRange } from '../time.js';
import { LIVE_STATUSES, LONGEST_BOOKING_MIN } from './reserve.js';
import { findRooms } from './rooms.js';


/**
 * Rooms × days: each room's opening hours, its live bookings (title and booker) and its maintenance
 * blocks (cut at each day's midnight), for a day or a week; free time is what is left.
 */
export async function availability(db: Db | Tx, caller: Caller, query: AvailabilityQuery) {
  const dates = datesFrom(query.date, query.days);
  const windowStart = instantOf(dates[0]!, '00:00');
  const windowEnd = instantOf(dateOf(dayNumber(dates.at(-1)!) + 1), '00:00');
  const fromMin = startMinute(windowStart);
  const toMin = startMinute(windowEnd);
  // Three independent reads (PostgreSQL runs them side by side); rooms filtered out are dropped below.
  const [rooms, bookings, blocks] = await Promise.all([
    findRooms(db, caller, query),
    db
      .selectFrom('room_bookings as b')
      .innerJoin('users as u', 'u.id', 'b.booked_by')
      .select(['b.id', 'b.room_id', 'b.title', 'b.status', 'b.booked_by', 'b.meeting_id', 'b.start_at', 'b.end_at', 'u.display_name'])
      .where('b.start_min', '>=', fromMin - LONGEST_BOOKING_MIN)
      .where('b.start_min', '<', toMin)
      .where('b.end_min', '>', fromMin)
      .where('b.status', 'in', LIVE_STATUSES)
      .$if(!!query.roomId, (q) => q.where('b.room_id', '=', query.roomId!))
      .orderBy('b.start_min')
      .execute(),
    db
      .selectFrom('room_blocks')
      .selectAll()
      .where('start_min', '<', toMin)
      .where('end_min', '>', fromMin)
      .$if(!!query.roomId, (q) => q.where('room_id', '=', query.roomId!))
      .execute(),
  ]);
  const shown = new Set(rooms.map((r) => r.id));
  const midnights = dates.map((d) => Date.parse(instantOf(d, '00:00')));
  // Wall clock by the window's own midnights (no time-zone lookup per booking); a booking starting outside the window asks the zone.
  const wallOf = (startAt: string, endAt: string) => {
    const start = Date.parse(startAt);
    const i = midnights.findLastIndex((m) => m <= start);
    if (i < 0) return wallRange(startAt, endAt);
    return { date: dates[i]!, start: clockOf(start - midnights[i]!), end: clockOf(Date.parse(endAt) - midnights[i]!) };
  };
  const me = caller === 'system' ? null : caller.userId;
  return {
    timeZone: timeZone(),
    today: localDate(timeZone()),
    now: new Date().toISOString(),
    dates,
    rooms,
    bookings: bookings
      .filter((b) => shown.has(b.room_id))
      .map((b) => {
        const wall = wallOf(b.start_at, b.end_at);
        return { id: b.id, roomId: b.room_id, date: wall.date, start: wall.start, end: wall.end, title: b.title, status: b.status, owner: { id: b.booked_by, name: b.display_name }, meetingId: b.meeting_id, mine: b.booked_by === me };
      }),
    blocks: blocks
      .filter((b) => shown.has(b.room_id))
      .flatMap((b) =>
      dates.flatMap((date) => {
        const dayStart = midnights[dates.indexOf(date)]!;
        const start = Math.max(Date.parse(b.start_at), dayStart);
        const end = Math.min(Date.parse(b.end_at), dayStart + DAY_MS);
        if (end <= start) return [];
        return [{ id: b.id, roomId: b.room_id, date, start: clockOf(start - dayStart), end: clockOf(end - dayStart), reason: b.reason }];
      }),
    ),
  };
}
