import type { Work } from '../../platform/command.js';
import type { Module } from '../index.js';

/** Meeting rooms (会议室): rooms, maintenance blocks, bookings, availability, adjustments, feedback. */
export const roomsModule: Module = {
  name: 'rooms',
  routes: async () => {},
};

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

/**
 * Holds a room inside the caller's transaction (a meeting's application): refuses with 409
 * ROOM_TAKEN when any live booking or maintenance block overlaps. A room that needs approval
 * comes back 'pending' (it still blocks the slot).
 */
export async function reserveRoom(_w: Work, _input: RoomReservation): Promise<{ bookingId: string; status: 'pending' | 'confirmed' }> {
  throw new Error('reserveRoom: not built yet');
}

/** Frees a booking held by a meeting (cancelled or moved), inside the caller's transaction. */
export async function releaseRoom(_w: Work, _bookingId: string): Promise<void> {
  throw new Error('releaseRoom: not built yet');
}
