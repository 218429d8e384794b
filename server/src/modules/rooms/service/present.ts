import type { Db, Tx } from '../../../platform/db/index.js';
import { wallRange } from '../time.js';

/** Bookings with their room and booker, as lists and pages show them. */
export const bookingQuery = (db: Db | Tx) =>
  db
    .selectFrom('room_bookings as b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('users as u', 'u.id', 'b.booked_by')
    .leftJoin('room_feedback as f', 'f.booking_id', 'b.id')
    .select([
      'b.id',
      'b.room_id',
      'b.title',
      'b.booked_by',
      'b.meeting_id',
      'b.series_id',
      'b.start_at',
      'b.end_at',
      'b.status',
      'b.decision_note',
      'b.cancelled_at',
      'b.late_cancel',
      'b.created_at',
      'r.name as room_name',
      'r.location as room_location',
      'u.display_name as booker_name',
      'f.id as feedback_id',
    ]);

type BookingRow = Awaited<ReturnType<ReturnType<typeof bookingQuery>['executeTakeFirstOrThrow']>>;

export function presentBooking(b: BookingRow, now = Date.now()) {
  const wall = wallRange(b.start_at, b.end_at);
  return {
    id: b.id,
    roomId: b.room_id,
    roomName: b.room_name,
    roomLocation: b.room_location,
    title: b.title,
    bookedBy: { id: b.booked_by, name: b.booker_name },
    meetingId: b.meeting_id,
    seriesId: b.series_id,
    startAt: b.start_at,
    endAt: b.end_at,
    date: wall.date,
    start: wall.start,
    end: wall.end,
    status: b.status,
    decisionNote: b.decision_note,
    cancelledAt: b.cancelled_at,
    lateCancel: b.late_cancel === 1,
    ended: Date.parse(b.end_at) <= now,
    feedbackGiven: b.feedback_id !== null,
    createdAt: b.created_at,
  };
}
export type BookingView = ReturnType<typeof presentBooking>;
