import { command } from '../../../platform/command.js';
import type { Core, Ctx } from '../../../platform/context.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { AdjustmentKind, AdjustmentStatus } from '../../../platform/db/schema-rooms.js';
import { isUniqueViolation } from '../../../platform/db/unique.js';
import { directory } from '../../../platform/directory.js';
import { conflict, forbidden, notFound } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import type { Caller } from '../../access/index.js';
import { notify } from '../../notifications/index.js';
import { mayActOnBooking, mayGiveFeedback, mayManageRooms } from '../policy.js';
import { describeRange } from '../time.js';
import { LIVE_STATUSES, roomAdmins } from './reserve.js';

const KIND_LABEL: Record<AdjustmentKind, string> = { seats: '加座', equipment: '设备', service: '会务服务', other: '其他' };

async function bookingWithRoom(db: Db | Tx, bookingId: string) {
  const row = await db
    .selectFrom('room_bookings as b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .selectAll('b')
    .select('r.name as room_name')
    .where('b.id', '=', bookingId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Asks the administrative office (行政办公室, the room administrators) for more seats, a projector … before the booking ends. */
export async function requestAdjustment(core: Core, ctx: Ctx, caller: Caller, bookingId: string, input: { kind: AdjustmentKind; detail: string }) {
  if (!ctx.actor) throw forbidden();
  const actor = ctx.actor;
  return command(core, ctx, async (w) => {
    const b = await bookingWithRoom(w.tx, bookingId);
    mayActOnBooking(caller, b);
    if (!LIVE_STATUSES.includes(b.status)) throw conflict('ROOM_BOOKING_NOT_LIVE', 'rooms.bookingNotLive');
    if (Date.parse(b.end_at) <= Date.now()) throw conflict('ROOM_BOOKING_ENDED', 'rooms.ended');
    const row = { id: newId(), booking_id: b.id, kind: input.kind, detail: input.detail, requested_by: actor.userId, status: 'open' as const, handled_by: null, handled_at: null, reply: '', created_at: nowIso() };
    await w.tx.insertInto('room_adjustments').values(row).execute();
    const time = describeRange(b.start_at, b.end_at);
    w.audit({ action: 'room.adjustment.create', targetType: 'roomBooking', targetId: b.id, summary: `会议室调整申请（${KIND_LABEL[input.kind]}）：${b.room_name} ${time}：${input.detail}`, detail: { adjustmentId: row.id } });
    await notify(w, {
      userIds: await roomAdmins(w.tx),
      category: 'room',
      kind: 'room.adjustment.requested',
      titleKey: 'rooms.notice.adjustmentTitle',
      bodyKey: 'rooms.notice.adjustmentBody',
      params: { room: b.room_name, time, requester: actor.displayName, detail: input.detail },
      link: '/rooms/manage/adjustments',
    });
    return { id: row.id, status: row.status };
  });
}

export async function listAdjustments(db: Db | Tx, caller: Caller, status: AdjustmentStatus, page: number, pageSize: number) {
  mayManageRooms(caller);
  const { total } = await db.selectFrom('room_adjustments').where('status', '=', status).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('room_adjustments as a')
    .innerJoin('room_bookings as b', 'b.id', 'a.booking_id')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .select(['a.id', 'a.booking_id', 'a.kind', 'a.detail', 'a.status', 'a.reply', 'a.requested_by', 'a.handled_by', 'a.handled_at', 'a.created_at', 'b.title', 'b.start_at', 'b.end_at', 'r.name as room_name'])
    .where('a.status', '=', status)
    .orderBy('a.created_at', status === 'open' ? 'asc' : 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const names = await directory().names(db, rows.flatMap((r) => [r.requested_by, ...(r.handled_by ? [r.handled_by] : [])]));
  return {
    total: Number(total),
    items: rows.map((r) => ({
      id: r.id,
      bookingId: r.booking_id,
      kind: r.kind,
      detail: r.detail,
      status: r.status,
      reply: r.reply,
      requestedBy: { id: r.requested_by, name: names.get(r.requested_by) ?? '' },
      handledBy: r.handled_by ? { id: r.handled_by, name: names.get(r.handled_by) ?? '' } : null,
      handledAt: r.handled_at,
      createdAt: r.created_at,
      booking: { title: r.title, roomName: r.room_name, time: describeRange(r.start_at, r.end_at) },
    })),
  };
}

/** The room administrator marks a request done or declined, with a reply to the requester. */
export async function handleAdjustment(core: Core, ctx: Ctx, caller: Caller, id: string, input: { status: 'done' | 'declined'; reply: string }) {
  mayManageRooms(caller);
  return command(core, ctx, async (w) => {
    const a = await w.tx.selectFrom('room_adjustments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!a) throw notFound();
    const updated = await w.tx
      .updateTable('room_adjustments')
      .set({ status: input.status, reply: input.reply, handled_by: ctx.actor?.userId ?? null, handled_at: nowIso() })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (!Number(updated.numUpdatedRows)) throw conflict('ROOM_ADJUSTMENT_HANDLED', 'rooms.adjustmentHandled');
    const b = await bookingWithRoom(w.tx, a.booking_id);
    const time = describeRange(b.start_at, b.end_at);
    w.audit({
      action: 'room.adjustment.handle',
      targetType: 'roomBooking',
      targetId: b.id,
      summary: `会议室调整申请${input.status === 'done' ? '已处理' : '未能满足'}：${b.room_name} ${time}：${a.detail}${input.reply ? `（${input.reply}）` : ''}`,
      detail: { adjustmentId: id, status: input.status },
    });
    await notify(w, {
      userIds: [a.requested_by],
      category: 'room',
      kind: 'room.adjustment.handled',
      titleKey: input.status === 'done' ? 'rooms.notice.adjustmentDoneTitle' : 'rooms.notice.adjustmentDeclinedTitle',
      bodyKey: 'rooms.notice.adjustmentReplyBody',
      params: { room: b.room_name, time, detail: a.detail, reply: input.reply || '—' },
      link: '/rooms/mine',
    });
    return { id, status: input.status };
  });
}

/** After a booking has ended, its booker rates the room's cleanliness and reports faults (once). */
export async function giveFeedback(core: Core, ctx: Ctx, caller: Caller, bookingId: string, input: { cleanliness: number; equipmentFaults: string; comment: string }) {
  try {
    return await command(core, ctx, async (w) => {
      const b = await bookingWithRoom(w.tx, bookingId);
      mayGiveFeedback(caller, b);
      if (b.status !== 'confirmed') throw conflict('ROOM_BOOKING_NOT_LIVE', 'rooms.bookingNotLive');
      if (Date.parse(b.end_at) > Date.now()) throw conflict('ROOM_NOT_ENDED', 'rooms.notEnded');
      const row = { id: newId(), booking_id: b.id, room_id: b.room_id, user_id: b.booked_by, cleanliness: input.cleanliness, equipment_faults: input.equipmentFaults, comment: input.comment, created_at: nowIso() };
      await w.tx.insertInto('room_feedback').values(row).execute();
      w.audit({
        action: 'room.feedback.create',
        targetType: 'roomBooking',
        targetId: b.id,
        summary: `会议室使用反馈：${b.room_name} 整洁 ${input.cleanliness} 分${input.equipmentFaults ? `，设备故障：${input.equipmentFaults}` : ''}`,
        detail: { feedbackId: row.id },
      });
      return { id: row.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('ROOM_FEEDBACK_GIVEN', 'rooms.feedbackGiven');
    throw error;
  }
}

/** A room's feedback, newest first, with the average cleanliness. */
export async function roomFeedback(db: Db | Tx, caller: Caller, roomId: string) {
  mayManageRooms(caller);
  const rows = await db
    .selectFrom('room_feedback as f')
    .innerJoin('room_bookings as b', 'b.id', 'f.booking_id')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.id', 'f.cleanliness', 'f.equipment_faults', 'f.comment', 'f.created_at', 'b.title', 'b.start_at', 'b.end_at', 'u.display_name'])
    .where('f.room_id', '=', roomId)
    .orderBy('f.created_at', 'desc')
    .limit(100)
    .execute();
  const average = rows.length ? Math.round((rows.reduce((s, r) => s + r.cleanliness, 0) / rows.length) * 10) / 10 : null;
  return {
    averageCleanliness: average,
    items: rows.map((r) => ({ id: r.id, cleanliness: r.cleanliness, equipmentFaults: r.equipment_faults, comment: r.comment, createdAt: r.created_at, title: r.title, time: describeRange(r.start_at, r.end_at), by: r.display_name })),
  };
}
