import { PostgresAdapter } from 'kysely';
import type { Work } from '../../../platform/command.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { BookingStatus, RoomBookingTable, RoomTable } from '../../../platform/db/schema-rooms.js';
import { parseClock } from '../../../platform/calendar/zone.js';
import { AppError, invalid, notFound } from '../../../platform/errors.js';
import { directory } from '../../../platform/directory.js';
import { newId, nowIso } from '../../../platform/util.js';
import { notify } from '../../notifications/index.js';
import { describeRange, endMinute, MINUTE_MS, startMinute, wallRange } from '../time.js';
import { roomSettings } from './settings.js';

export interface RoomReservation {
  roomId: string;
  /** ISO UTC instants; the end is exclusive. */
  startAt: string;
  endAt: string;
  title: string;
  /** users.id of who the booking is for. */
  bookedBy: string;
  /** Set when a meeting holds the room. */
  meetingId?: string;
}

export const LIVE_STATUSES: BookingStatus[] = ['pending', 'confirmed'];
/** A booking lasts at most a day (a check in the database), so one overlapping a range starts at most a day before it. */
export const LONGEST_BOOKING_MIN = 24 * 60;

const onPostgres = (tx: Tx) => tx.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The room, locked for the rest of the transaction (PostgreSQL: FOR UPDATE; SQLite's writer already holds
 * the whole database), so bookings and blocks of one room are checked one after another and a refusal can
 * name what it clashes with. Rooms are independent of each other. The exclusion constraint (or the SQLite
 * trigger) stays the guarantee: a write that skips this lock still cannot overlap.
 */
export async function lockRoom(tx: Tx, roomId: string): Promise<RoomTable> {
  const q = tx.selectFrom('rooms').selectAll().where('id', '=', roomId);
  const room = await (onPostgres(tx) ? q.forUpdate() : q).executeTakeFirst();
  if (!room) throw notFound();
  return room;
}

export const taken = (time: string) => new AppError('ROOM_TAKEN', 409, 'rooms.taken', { time });

/** The PostgreSQL exclusion constraint or the SQLite trigger refused an overlapping live booking. */
export function isOverlapViolation(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === '23P01' || (e?.code === 'SQLITE_CONSTRAINT_TRIGGER' && e.message === 'ROOM_TAKEN');
}

export function assertBookable(room: RoomTable, startAt: string, endAt: string, now = Date.now()): void {
  if (!room.active) throw invalid('ROOM_INACTIVE', 'rooms.inactive');
  if (!Number.isFinite(Date.parse(startAt)) || !Number.isFinite(Date.parse(endAt))) throw invalid('ROOM_TIME_INVALID', 'validation.format');
  if (Date.parse(endAt) <= Date.parse(startAt)) throw invalid('ROOM_END_BEFORE_START', 'rooms.endBeforeStart', {}, { end: { key: 'rooms.endBeforeStart' } });
  if (Date.parse(startAt) <= now) throw invalid('ROOM_SLOT_PAST', 'rooms.past', {}, { start: { key: 'rooms.past' } });
  const wall = wallRange(startAt, endAt);
  if (wall.startMs < parseClock(room.opens_at) || wall.endMs > parseClock(room.closes_at)) {
    throw invalid('ROOM_CLOSED', 'rooms.closed', { opens: room.opens_at, closes: room.closes_at });
  }
}

/** Live bookings of a room overlapping [startMin, endMin), earliest first (the start bound lets the index cut the range). */
export const overlappingBookings = (db: Db | Tx, roomId: string, startMin: number, endMin: number) =>
  db
    .selectFrom('room_bookings')
    .select(['start_at', 'end_at', 'title'])
    .where('room_id', '=', roomId)
    .where('status', 'in', LIVE_STATUSES)
    .where('start_min', '>=', startMin - LONGEST_BOOKING_MIN)
    .where('start_min', '<', endMin)
    .where('end_min', '>', startMin)
    .orderBy('start_min');

/** What stands in the way of a range: a maintenance block or a live booking, or null. */
export async function clashOf(db: Db | Tx, roomId: string, startMin: number, endMin: number): Promise<AppError | null> {
  const block = await db
    .selectFrom('room_blocks')
    .select(['start_at', 'end_at', 'reason'])
    .where('room_id', '=', roomId)
    .where('start_min', '<', endMin)
    .where('end_min', '>', startMin)
    .executeTakeFirst();
  if (block) return new AppError('ROOM_TAKEN', 409, 'rooms.blocked', { time: describeRange(block.start_at, block.end_at), reason: block.reason });
  const booking = await overlappingBookings(db, roomId, startMin, endMin).executeTakeFirst();
  if (booking) return new AppError('ROOM_TAKEN', 409, 'rooms.takenBy', { time: describeRange(booking.start_at, booking.end_at), title: booking.title });
  return null;
}

/** Inserts a live booking; the database refuses an overlap that slipped past the check (a concurrent booking). */
export async function insertBooking(w: Work, row: Omit<RoomBookingTable, 'start_min' | 'end_min' | 'decided_by' | 'decided_at' | 'decision_note' | 'cancelled_at' | 'cancelled_by' | 'late_cancel' | 'created_at'>): Promise<RoomBookingTable> {
  const full: RoomBookingTable = {
    ...row,
    start_min: startMinute(row.start_at),
    end_min: endMinute(row.end_at),
    decided_by: null,
    decided_at: null,
    decision_note: '',
    cancelled_at: null,
    cancelled_by: null,
    late_cancel: 0,
    created_at: nowIso(),
  };
  try {
    await w.tx.insertInto('room_bookings').values(full).execute();
  } catch (error) {
    if (isOverlapViolation(error)) throw taken(describeRange(row.start_at, row.end_at));
    throw error;
  }
  return full;
}

export const roomAdmins = (db: Db | Tx): Promise<string[]> => directory().usersWithPermission(db, 'room.manage');

/** Tells the room administrators that bookings await their approval. */
export async function noticePending(w: Work, room: RoomTable, booking: RoomBookingTable, count = 1): Promise<void> {
  const booker = (await directory().names(w.tx, [booking.booked_by])).get(booking.booked_by) ?? '';
  const time = describeRange(booking.start_at, booking.end_at) + (count > 1 ? ` 等 ${count} 次` : '');
  await notify(w, {
    userIds: await roomAdmins(w.tx),
    category: 'room',
    kind: 'room.booking.pending',
    titleKey: 'rooms.notice.pendingTitle',
    bodyKey: 'rooms.notice.pendingBody',
    params: { room: room.name, time, booker, title: booking.title },
    link: '/rooms/manage/approvals',
  });
}

/** One booking of a free slot, checked and inserted in the caller's transaction. */
export async function reserve(
  w: Work,
  input: RoomReservation & { seriesId?: string; approved?: boolean },
): Promise<{ booking: RoomBookingTable; room: RoomTable }> {
  const room = await lockRoom(w.tx, input.roomId);
  assertBookable(room, input.startAt, input.endAt);
  const clash = await clashOf(w.tx, room.id, startMinute(input.startAt), endMinute(input.endAt));
  if (clash) throw clash;
  const booking = await insertBooking(w, {
    id: newId(),
    room_id: room.id,
    title: input.title,
    booked_by: input.bookedBy,
    meeting_id: input.meetingId ?? null,
    series_id: input.seriesId ?? null,
    start_at: new Date(input.startAt).toISOString(),
    end_at: new Date(input.endAt).toISOString(),
    status: room.needs_approval && !input.approved ? 'pending' : 'confirmed',
  });
  return { booking, room };
}

export function auditBooking(w: Work, room: RoomTable, booking: RoomBookingTable, extra: Record<string, unknown> = {}): void {
  w.audit({
    action: 'room.booking.create',
    targetType: 'roomBooking',
    targetId: booking.id,
    summary: `预订会议室：${room.name} ${describeRange(booking.start_at, booking.end_at)}「${booking.title}」${booking.status === 'pending' ? '（待审批）' : ''}`,
    detail: { roomId: room.id, startAt: booking.start_at, endAt: booking.end_at, status: booking.status, meetingId: booking.meeting_id, ...extra },
  });
  w.emit({ type: 'room.booking.created', payload: { bookingId: booking.id, roomId: room.id, status: booking.status, meetingId: booking.meeting_id } });
}

/**
 * Holds a room inside the caller's transaction (a meeting's application): refuses with 409
 * ROOM_TAKEN when any live booking or maintenance block overlaps. A room that needs approval
 * comes back 'pending' (it still blocks the slot).
 */
export async function reserveRoom(w: Work, input: RoomReservation): Promise<{ bookingId: string; status: 'pending' | 'confirmed' }> {
  const { booking, room } = await reserve(w, input);
  auditBooking(w, room, booking);
  if (booking.status === 'pending') await noticePending(w, room, booking);
  return { bookingId: booking.id, status: booking.status as 'pending' | 'confirmed' };
}

/** Marks a live booking cancelled (late when within the configured time before its start). */
export async function cancelBookingRow(w: Work, booking: RoomBookingTable, cancelledBy: string | null): Promise<{ late: boolean }> {
  const { lateCancelMinutes } = await roomSettings(w.tx);
  const late = Date.parse(booking.start_at) - Date.now() < lateCancelMinutes * MINUTE_MS;
  await w.tx
    .updateTable('room_bookings')
    .set({ status: 'cancelled', cancelled_at: nowIso(), cancelled_by: cancelledBy, late_cancel: late ? 1 : 0 })
    .where('id', '=', booking.id)
    .execute();
  w.emit({ type: 'room.booking.cancelled', payload: { bookingId: booking.id, roomId: booking.room_id, meetingId: booking.meeting_id, late } });
  return { late };
}

/** Frees a booking held by a meeting (cancelled or moved), inside the caller's transaction. */
export async function releaseRoom(w: Work, bookingId: string): Promise<void> {
  const booking = await w.tx.selectFrom('room_bookings').selectAll().where('id', '=', bookingId).executeTakeFirst();
  if (!booking) throw notFound();
  if (!LIVE_STATUSES.includes(booking.status)) return;
  const { late } = await cancelBookingRow(w, booking, null);
  w.audit({
    action: 'room.booking.release',
    targetType: 'roomBooking',
    targetId: booking.id,
    summary: `释放会议室：${describeRange(booking.start_at, booking.end_at)}「${booking.title}」${late ? '（临时取消）' : ''}`,
    detail: { meetingId: booking.meeting_id, late },
  });
}

/** A booking's room and time, for a meeting page. */
export async function roomOfBooking(db: Db | Tx, bookingId: string) {
  const row = await db
    .selectFrom('room_bookings')
    .innerJoin('rooms', 'rooms.id', 'room_bookings.room_id')
    .select(['room_bookings.id', 'room_bookings.status', 'room_bookings.start_at', 'room_bookings.end_at', 'rooms.id as roomId', 'rooms.name', 'rooms.location', 'rooms.capacity'])
    .where('room_bookings.id', '=', bookingId)
    .executeTakeFirst();
  if (!row) return null;
  return { bookingId: row.id, status: row.status, startAt: row.start_at, endAt: row.end_at, roomId: row.roomId, roomName: row.name, location: row.location, capacity: row.capacity };
}
