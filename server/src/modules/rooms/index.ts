import type { Module } from '../index.js';
import { registerFileLinkResolver } from '../../platform/files/files.js';
import { roomRoutes } from './routes.js';
import { seedRooms } from './seed.js';

/** Meeting rooms (会议室): rooms, maintenance blocks, bookings, availability, adjustments, feedback. */
export const roomsModule: Module = {
  name: 'rooms',
  routes: roomRoutes,
  seedDemo: async (core) => {
    await seedRooms(core);
    return 0;
  },
};

// A room's photo is shown to everyone who may look for a room, that is everyone logged in.
registerFileLinkResolver('room', async () => true);

export { reserveRoom, releaseRoom, roomOfBooking, type RoomReservation } from './service/reserve.js';
