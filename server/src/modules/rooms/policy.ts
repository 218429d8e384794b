import { can } from '../../platform/access/resolve.js';
import { forbidden } from '../../platform/errors.js';
import { requireAny, type Caller } from '../access/index.js';

/** Rooms, blocks, approvals, adjustment requests and feedback are the room administrator's (会议室管理员). */
export const mayManageRooms = (caller: Caller) => requireAny(caller, 'room.manage');
export const managesRooms = (caller: Caller) => caller === 'system' || can(caller, 'room.manage');

/** A booking is its booker's to cancel, adjust and review; the room administrator may act on any. */
export function mayActOnBooking(caller: Caller, booking: { booked_by: string }): void {
  if (managesRooms(caller)) return;
  if (caller === 'system' || caller.userId !== booking.booked_by) throw forbidden();
}

/** Only the booker tells how the room was. */
export function mayGiveFeedback(caller: Caller, booking: { booked_by: string }): void {
  if (caller === 'system' || caller.userId !== booking.booked_by) throw forbidden();
}
