/** Row types of 会议 (meetings: attendees, materials, sign-in, minutes, decisions). */

export interface MeetingTables {}
