/** Row types of 会议 (meetings: attendees, materials, sign-in, minutes, decisions). */

export type MeetingStatus = 'draft' | 'pending' | 'approved' | 'rejected' | 'cancelled';
/** 密级 of a meeting: 公开, 内部, 秘密. */
export type MeetingClassification = 'public' | 'internal' | 'secret';
export type AttendeeReply = 'pending' | 'accepted' | 'declined' | 'delegated';

export interface MeetingTable {
  id: string;
  /** The weekly series (周例会) it belongs to; null for a single meeting. */
  series_id: string | null;
  topic: string;
  description: string;
  /** ISO UTC; end exclusive. */
  start_at: string;
  end_at: string;
  room_id: string | null;
  /** The booking that holds the room while pending and approved. */
  room_booking_id: string | null;
  /** Shown where the meeting is held: the room's name, or 线上会议. */
  location: string;
  online_url: string;
  classification: MeetingClassification;
  organizer_user_id: string;
  recorder_user_id: string | null;
  applicant_user_id: string;
  department_id: string | null;
  /** JSON: [{title, presenter, minutes}] */
  agenda: string;
  /** JSON: minutes before the start at which attendees are reminded. */
  reminder_offsets: string;
  status: MeetingStatus;
  flow_instance_id: string | null;
  /** iCalendar SEQUENCE: raised on every update sent to attendees. */
  sequence: number;
  materials_due_at: string;
  created_at: string;
  updated_at: string;
}

/** Departments invited as a whole; their people become attendees when the notice is sent. */
export interface MeetingDepartmentTable {
  meeting_id: string;
  department_id: string;
}

export interface MeetingAttendeeTable {
  meeting_id: string;
  user_id: string;
  /** 出席 or 列席. */
  role: 'attendee' | 'observer';
  /** Set when invited through a department. */
  via_department_id: string | null;
  /** Set when someone delegated their place to this person. */
  delegated_from_user_id: string | null;
  reply: AttendeeReply;
  delegated_to_user_id: string | null;
  reply_comment: string;
  replied_at: string | null;
  signed_in_at: string | null;
  /** 'qr' (scanned) or the user id of the clerk who signed them in by hand. */
  signed_in_by: string | null;
  added_at: string;
}

export interface MeetingMaterialTable {
  id: string;
  meeting_id: string;
  /** The versions of one material share a group. */
  group_id: string;
  version: number;
  name: string;
  file_id: string;
  uploaded_by: string;
  uploaded_at: string;
  /** Uploaded after the materials deadline. */
  late: number;
}

export interface MeetingMinutesTable {
  meeting_id: string;
  /** JSON: the template's sections, {time, place, chair, present, observers, recorder, topics, resolutions}. */
  sections: string;
  /** draft (the recorder's), circulated (attendees confirm or comment), published (decisions followed up). */
  status: 'draft' | 'circulated' | 'published';
  due_at: string;
  updated_by: string;
  updated_at: string;
  published_by: string | null;
  published_at: string | null;
}

export interface MeetingDecisionTable {
  id: string;
  meeting_id: string;
  position: number;
  content: string;
  owner_user_id: string;
  department_id: string;
  /** YYYY-MM-DD */
  deadline: string;
  supervision_item_id: string | null;
}

/** An attendee's word on the minutes: confirmed, or a comment. */
export interface MeetingMinutesReplyTable {
  meeting_id: string;
  user_id: string;
  confirmed: number;
  comment: string;
  replied_at: string;
}

export interface MeetingTables {
  meetings: MeetingTable;
  meeting_departments: MeetingDepartmentTable;
  meeting_attendees: MeetingAttendeeTable;
  meeting_materials: MeetingMaterialTable;
  meeting_minutes: MeetingMinutesTable;
  meeting_decisions: MeetingDecisionTable;
  meeting_minutes_replies: MeetingMinutesReplyTable;
}

export type Meeting = MeetingTable;
