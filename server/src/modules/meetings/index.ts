import type { Module } from '../index.js';
import { registerFileLinkResolver } from '../../platform/files/files.js';
import { registerTaskActionHook } from '../workflow/index.js';
import { registerScheduleSource } from '../schedule/index.js';
import { MEETING_FLOW_KEY } from './flow.js';
import { roleIn, loadMeeting } from './policy.js';
import { meetingRoutes } from './routes.js';
import { seedMeetings } from './seed.js';
import { meetingSlots } from './service/clashes.js';
import { ANNOUNCE_JOB, announce, onMeetingTask } from './service/lifecycle.js';
import { MEETING_FILE_LINK } from './service/materials.js';
import { MINUTES_REMIND_JOB, REMIND_JOB, remindAttendees, remindRecorder } from './service/reminders.js';

registerTaskActionHook(MEETING_FLOW_KEY, onMeetingTask);
registerScheduleSource('meeting', meetingSlots);

// Through the generic file routes only the uploader gets a file back; everyone else goes through the
// meeting's own download, which checks clearance, asks a 秘密 meeting's second factor and watermarks.
registerFileLinkResolver(MEETING_FILE_LINK, async (db, access, id) => {
  const role = await loadMeeting(db, id).then(
    (m) => roleIn(db, access, m),
    () => null,
  );
  return !!role && role.meeting.classification === 'public' && (role.manages || role.attends);
});

/** Meetings (会议): application and approval, notices and invitations, materials, sign-in, minutes and decisions. */
export const meetingsModule: Module = {
  name: 'meetings',
  routes: meetingRoutes,
  jobs: { [ANNOUNCE_JOB]: announce, [REMIND_JOB]: remindAttendees, [MINUTES_REMIND_JOB]: remindRecorder },
  seedDemo: seedMeetings,
};
