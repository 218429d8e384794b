import { command } from '../../../platform/command.js';
import type { Core, Ctx } from '../../../platform/context.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { RoomBookingTable } from '../../../platform/db/schema-rooms.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { nowIso } from '../../../platform/util.js';
import type { Caller } from '../../access/index.js';
import { notify } from '../../notifications/index.js';
import { mayActOnBooking, mayManageRooms } from '../policy.js';
import { describeRange, startMinute } from '../time.js';
import { bookingQuery, presentBooking } from './present.js';
import { cancelBookingRow, LIVE_STATUSES } from './reserve.js';

async function loadBooking(db: Db | Tx, id: string): Promise<RoomBookingTable> {
  const row = await db.selectFrom('room_bookings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function getBooking(db: Db | Tx, caller: Caller, id: string) {
  const row = await bookingQuery(db).where('b.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  mayActOnBooking(caller, row);
  return presentBooking(row);
}

/**
 * Cancels a booking (or it and the later ones of its series), releasing the slot at once. Less than the
 * configured time before the start, the cancellation is recorded as late.
 */
export async function cancelBooking(core: Core, ctx: Ctx, caller: Caller, id: string, scope: 'one' | 'following') {
  return command(core, ctx, async (w) => {
    const booking = await loadBooking(w.tx, id);
    mayActOnBooking(caller, booking);
    if (booking.meeting_id) throw conflict('ROOM_HELD_BY_MEETING', 'rooms.heldByMeeting');
    if (!LIVE_STATUSES.includes(booking.status)) throw conflict('ROOM_BOOKING_NOT_LIVE', 'rooms.bookingNotLive');
    if (Date.parse(booking.end_at) <= Date.now()) throw conflict('ROOM_BOOKING_ENDED', 'rooms.ended');
    const targets =
      scope === 'following' && booking.series_id
        ? await w.tx
            .selectFrom('room_bookings')
            .selectAll()
            .where('series_id', '=', booking.series_id)
            .where('status', 'in', LIVE_STATUSES)
            .where('start_min', '>=', booking.start_min)
            .orderBy('start_min')
            .execute()
        : [booking];
    const results = [];
    for (const b of targets) results.push({ id: b.id, ...(await cancelBookingRow(w, b, ctx.actor?.userId ?? null)) });
    const late = results[0]!.late;
    w.audit({
      action: 'room.booking.cancel',
      targetType: 'roomBooking',
      targetId: booking.id,
      summary: `取消会议室预订：${describeRange(booking.start_at, booking.end_at)}「${booking.title}」${targets.length > 1 ? `及以后共 ${targets.length} 次` : ''}${late ? '（临时取消）' : ''}`,
      detail: { cancelled: results },
    });
    return { cancelled: results.length, late };
  });
}

/** Approves or rejects a pending booking, with the other pending occurrences of its series. */
export async function decideBooking(core: Core, ctx: Ctx, caller: Caller, id: string, approve: boolean, note: string) {
  mayManageRooms(caller);
  return command(core, ctx, async (w) => {
    const booking = await loadBooking(w.tx, id);
    if (booking.status !== 'pending') throw conflict('ROOM_NOT_PENDING', 'rooms.notPending');
    let q = w.tx.updateTable('room_bookings').set({ status: approve ? 'confirmed' : 'rejected', decided_by: ctx.actor?.userId ?? null, decided_at: nowIso(), decision_note: note }).where('status', '=', 'pending');
    q = booking.series_id ? q.where('series_id', '=', booking.series_id).where('start_min', '>=', booking.start_min) : q.where('id', '=', booking.id);
    const decided = Number((await q.executeTakeFirst()).numUpdatedRows);
    const room = await w.tx.selectFrom('rooms').select('name').where('id', '=', booking.room_id).executeTakeFirstOrThrow();
    const time = describeRange(booking.start_at, booking.end_at) + (decided > 1 ? ` 等 ${decided} 次` : '');
    w.audit({
      action: approve ? 'room.booking.approve' : 'room.booking.reject',
      targetType: 'roomBooking',
      targetId: booking.id,
      summary: `${approve ? '同意' : '不同意'}会议室预订：${room.name} ${time}「${booking.title}」${note ? `，${note}` : ''}`,
      detail: { decided, note },
    });
    await notify(w, {
      userIds: [booking.booked_by],
      category: 'room',
      kind: approve ? 'room.booking.approved' : 'room.booking.rejected',
      titleKey: approve ? 'rooms.notice.approvedTitle' : 'rooms.notice.rejectedTitle',
      bodyKey: 'rooms.notice.decisionBody',
      params: { room: room.name, time, title: booking.title, note },
      link: '/rooms/mine',
    });
    w.emit({ type: 'room.booking.decided', payload: { bookingId: booking.id, meetingId: booking.meeting_id, status: approve ? 'confirmed' : 'rejected' } });
    return { decided, status: approve ? 'confirmed' : 'rejected' };
  });
}

/** The caller's own bookings: coming (soonest first) or past (latest first). */
export async function myBookings(db: Db | Tx, userId: string, when: 'upcoming' | 'past', page: number, pageSize: number) {
  const nowMin = startMinute(nowIso());
  const base = db.selectFrom('room_bookings').where('booked_by', '=', userId).where('end_min', when === 'upcoming' ? '>' : '<=', nowMin);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await bookingQuery(db)
    .where('b.booked_by', '=', userId)
    .where('b.end_min', when === 'upcoming' ? '>' : '<=', nowMin)
    .orderBy('b.start_min', when === 'upcoming' ? 'asc' : 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { total: Number(total), items: rows.map((r) => presentBooking(r)) };
}

/** Bookings waiting for the room administrator, soonest first. */
export async function pendingBookings(db: Db | Tx, caller: Caller) {
  mayManageRooms(caller);
  const rows = await bookingQuery(db).where('b.status', '=', 'pending').where('b.end_min', '>', startMinute(nowIso())).orderBy('b.start_min').limit(200).execute();
  return { items: rows.map((r) => presentBooking(r)) };
}
