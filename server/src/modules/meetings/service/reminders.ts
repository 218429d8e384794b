import type { Core } from '../../../platform/context.js';
import { systemCtx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { localDateTime } from '../../../platform/calendar/index.js';
import type { Tx } from '../../../platform/db/index.js';
import type { Meeting } from '../../../platform/db/schema-meetings.js';
import { cancelJob, enqueue } from '../../../platform/jobs/queue.js';
import { parseJson } from '../../../platform/util.js';
import { expectedAttendees, tell } from './notices.js';

export const REMIND_JOB = 'meeting.remind';
export const MINUTES_REMIND_JOB = 'meeting.minutes.remind';
const HOUR_MS = 3_600_000;
/** Minutes are due this long after the meeting ends; the recorder is reminded 4 hours before. */
export const MINUTES_DUE_MS = 24 * HOUR_MS;
const MINUTES_REMIND_BEFORE_MS = 4 * HOUR_MS;

type Timing = Pick<Meeting, 'id' | 'start_at' | 'end_at' | 'reminder_offsets'>;

const offsetsOf = (m: Timing) => parseJson<number[]>(m.reminder_offsets, []);
// The start and end are part of the keys: a moved meeting's reminders are new jobs, never the ones already run.
const remindKey = (m: Timing, minutes: number) => `${REMIND_JOB}:${m.id}:${m.start_at}:${minutes}`;
const minutesKey = (m: Timing) => `${MINUTES_REMIND_JOB}:${m.id}:${m.end_at}`;
export const minutesDueAt = (m: Pick<Meeting, 'end_at'>) => new Date(Date.parse(m.end_at) + MINUTES_DUE_MS).toISOString();

/** Durable reminder jobs for an approved meeting: attendees at each offset still ahead, the recorder before the minutes are due. */
export async function planReminders(tx: Tx, m: Timing): Promise<void> {
  const now = Date.now();
  for (const minutes of offsetsOf(m)) {
    const runAt = Date.parse(m.start_at) - minutes * 60_000;
    if (runAt <= now) continue;
    await enqueue(tx, { kind: REMIND_JOB, payload: { meetingId: m.id, startAt: m.start_at }, runAt: new Date(runAt).toISOString(), uniqueKey: remindKey(m, minutes) });
  }
  const minutesRunAt = Date.parse(minutesDueAt(m)) - MINUTES_REMIND_BEFORE_MS;
  await enqueue(tx, { kind: MINUTES_REMIND_JOB, payload: { meetingId: m.id, endAt: m.end_at }, runAt: new Date(Math.max(minutesRunAt, now)).toISOString(), uniqueKey: minutesKey(m) });
}

/** Withdraws the pending reminders planned for the meeting as it was (before a change of time, or when it is cancelled). */
export async function cancelReminders(tx: Tx, m: Timing): Promise<void> {
  for (const minutes of offsetsOf(m)) await cancelJob(tx, remindKey(m, minutes));
  await cancelJob(tx, minutesKey(m));
}

/** A reminder job: the meeting, if it still takes place at the time the job was planned for, to everyone expected. */
export async function remindAttendees(core: Core, payload: Record<string, unknown>): Promise<void> {
  await command(core, systemCtx(REMIND_JOB), async (w) => {
    const m = await w.tx.selectFrom('meetings').selectAll().where('id', '=', String(payload.meetingId)).executeTakeFirst();
    if (!m || m.status !== 'approved' || m.start_at !== payload.startAt) return;
    await tell(core, w, m, await expectedAttendees(w, m.id), 'reminder', null);
  });
}

/** The minutes' reminder: to the recorder (or the organiser when there is none) while the minutes are unpublished. */
export async function remindRecorder(core: Core, payload: Record<string, unknown>): Promise<void> {
  await command(core, systemCtx(MINUTES_REMIND_JOB), async (w) => {
    const m = await w.tx.selectFrom('meetings').selectAll().where('id', '=', String(payload.meetingId)).executeTakeFirst();
    if (!m || m.status !== 'approved' || m.end_at !== payload.endAt) return;
    const minutes = await w.tx.selectFrom('meeting_minutes').select('status').where('meeting_id', '=', m.id).executeTakeFirst();
    if (minutes?.status === 'published') return;
    const due = localDateTime(core.config.timeZone, new Date(minutesDueAt(m)));
    await tell(core, w, m, [m.recorder_user_id ?? m.organizer_user_id], 'minutesDue', null, { due });
  });
}
