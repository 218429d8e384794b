/** Row types of 会议室与预订 (rooms and bookings). */

/** Equipment codes a room may have (shown as 投影仪, 幕布, 视频会议, 白板, 话筒). */
export type RoomEquipment = 'projector' | 'screen' | 'video' | 'whiteboard' | 'microphone';

export interface RoomTable {
  id: string;
  name: string;
  location: string;
  capacity: number;
  /** JSON list of RoomEquipment codes. */
  equipment: string;
  description: string;
  photo_file_id: string | null;
  /** Opening hours on the unit's wall clock, 'HH:MM' (closes_at may be '24:00'). */
  opens_at: string;
  closes_at: string;
  needs_approval: number;
  active: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

/** A maintenance block: the room cannot be booked from start to end. */
export interface RoomBlockTable {
  id: string;
  room_id: string;
  start_at: string;
  end_at: string;
  /** The same instants as whole minutes since the epoch (for range checks). */
  start_min: number;
  end_min: number;
  reason: string;
  created_by: string | null;
  created_at: string;
}

export type BookingStatus = 'pending' | 'confirmed' | 'cancelled' | 'rejected';

export interface RoomBookingTable {
  id: string;
  room_id: string;
  title: string;
  booked_by: string;
  meeting_id: string | null;
  series_id: string | null;
  /** ISO UTC; the end is exclusive. */
  start_at: string;
  end_at: string;
  /** The same instants as whole minutes since the epoch: the database's no-overlap rule works on these. */
  start_min: number;
  end_min: number;
  /** pending and confirmed hold the slot. */
  status: BookingStatus;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string;
  cancelled_at: string | null;
  cancelled_by: string | null;
  /** Cancelled less than the configured time (default 2 h) before the start. */
  late_cancel: number;
  created_at: string;
}

/** A weekly recurring booking; each occurrence is a room_bookings row with this series_id. */
export interface RoomBookingSeriesTable {
  id: string;
  room_id: string;
  title: string;
  booked_by: string;
  /** JSON list of ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: string;
  /** Wall-clock 'HH:MM' of each occurrence. */
  start_time: string;
  end_time: string;
  first_date: string;
  until_date: string;
  /** JSON list of 'YYYY-MM-DD' dates left out (asked for, or skipped because taken). */
  exceptions: string;
  created_at: string;
}

export type AdjustmentKind = 'seats' | 'equipment' | 'service' | 'other';
export type AdjustmentStatus = 'open' | 'done' | 'declined';

/** A request to the administrative office (行政办公室) about a booking: more seats, a projector … */
export interface RoomAdjustmentTable {
  id: string;
  booking_id: string;
  kind: AdjustmentKind;
  detail: string;
  requested_by: string;
  status: AdjustmentStatus;
  handled_by: string | null;
  handled_at: string | null;
  reply: string;
  created_at: string;
}

/** After a booking ends, its booker's word on the room. */
export interface RoomFeedbackTable {
  id: string;
  booking_id: string;
  room_id: string;
  user_id: string;
  /** 1–5. */
  cleanliness: number;
  equipment_faults: string;
  comment: string;
  created_at: string;
}

export interface RoomTables {
  rooms: RoomTable;
  room_blocks: RoomBlockTable;
  room_bookings: RoomBookingTable;
  room_booking_series: RoomBookingSeriesTable;
  room_adjustments: RoomAdjustmentTable;
  room_feedback: RoomFeedbackTable;
}
