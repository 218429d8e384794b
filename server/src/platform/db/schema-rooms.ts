/** Row types of 会议室与预订 (rooms and bookings). */

export interface RoomTables {}
