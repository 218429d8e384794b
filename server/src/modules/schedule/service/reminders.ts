import type { Core } from '../../../platform/context.js';
import { command, type Work } from '../../../platform/command.js';
import { systemCtx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { cancelJob, enqueue } from '../../../platform/jobs/queue.js';
import { parseJson } from '../../../platform/util.js';
import { notify } from '../../notifications/index.js';
import { nextOccurrence, type EntryRow } from './occurrences.js';
import { entryLink } from './own-sources.js';

export const REMIND_JOB = 'schedule.remind';
const MINUTE = 60_000;

/** For one reminder offset, the next occurrence whose reminder is still ahead (after `after`, ms). */
function nextReminder(entry: EntryRow, minutes: number, after: number) {
  const occurrence = nextOccurrence(entry, after + minutes * MINUTE);
  return occurrence && { occurrenceStart: occurrence.startAt, fireAt: new Date(Date.parse(occurrence.startAt) - minutes * MINUTE).toISOString() };
}

async function planOne(tx: Tx, entry: EntryRow, minutes: number, after: number): Promise<void> {
  const next = nextReminder(entry, minutes, after);
  if (!next) return;
  const jobKey = `${REMIND_JOB}:${entry.id}:${entry.revision}:${next.occurrenceStart}:${minutes}`;
  await enqueue(tx, { kind: REMIND_JOB, uniqueKey: jobKey, runAt: next.fireAt, payload: { entryId: entry.id, revision: entry.revision, minutes, occurrenceStart: next.occurrenceStart } });
  await tx.insertInto('schedule_reminders').values({ job_key: jobKey, entry_id: entry.id, occurrence_start: next.occurrenceStart, minutes, fire_at: next.fireAt }).onConflict((oc) => oc.column('job_key').doNothing()).execute();
}

/** Cancels the entry's pending reminder jobs (before a change or deletion). */
export async function cancelReminders(tx: Tx, entryId: string): Promise<void> {
  const planned = await tx.selectFrom('schedule_reminders').select('job_key').where('entry_id', '=', entryId).execute();
  for (const p of planned) await cancelJob(tx, p.job_key);
  await tx.deleteFrom('schedule_reminders').where('entry_id', '=', entryId).execute();
}

/** Plans the entry's reminders as durable jobs (they outlive a restart), replacing any planned before. */
export async function planReminders(tx: Tx, entry: EntryRow): Promise<void> {
  await cancelReminders(tx, entry.id);
  for (const minutes of parseJson<number[]>(entry.reminders, [])) await planOne(tx, entry, minutes, Date.now());
}

/** Who is reminded: the owner of a personal entry; everyone taking part in a team entry who has not declined. */
async function recipientsOf(tx: Tx, entry: EntryRow): Promise<string[]> {
  if (!entry.calendar_id) return [entry.owner_user_id];
  const rows = await tx.selectFrom('schedule_participants').select('user_id').where('entry_id', '=', entry.id).where('status', '!=', 'declined').execute();
  return rows.map((r) => r.user_id);
}

const clock = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));

async function sendReminder(w: Work, core: Core, entry: EntryRow, occurrenceStart: string): Promise<void> {
  await notify(w, {
    userIds: await recipientsOf(w.tx, entry),
    category: 'schedule',
    kind: 'schedule.reminder',
    titleKey: 'schedule.reminder.title',
    bodyKey: entry.location ? 'schedule.reminder.bodyAt' : 'schedule.reminder.body',
    params: { title: entry.title, time: clock(occurrenceStart, core.config.timeZone), location: entry.location },
    link: entryLink(entry.id),
  });
}

/** The reminder job: tells the people, unless the entry changed or went since it was planned; a weekly entry's next one is planned. */
export async function remindJob(core: Core, payload: Record<string, unknown>): Promise<void> {
  const { entryId, revision, minutes, occurrenceStart } = payload as { entryId: string; revision: number; minutes: number; occurrenceStart: string };
  await command(core, systemCtx(REMIND_JOB), async (w) => {
    const entry = await w.tx.selectFrom('schedule_entries').selectAll().where('id', '=', entryId).executeTakeFirst();
    if (!entry || entry.revision !== revision) return;
    const planned = await w.tx.deleteFrom('schedule_reminders').where('entry_id', '=', entryId).where('occurrence_start', '=', occurrenceStart).where('minutes', '=', minutes).executeTakeFirst();
    // Another node ran it already (the job row was taken over): remind once.
    if (!Number(planned.numDeletedRows)) return;
    await sendReminder(w, core, entry, occurrenceStart);
    w.emit({ type: 'schedule.reminded', payload: { entryId, occurrenceStart, minutes } });
    if (entry.recurrence === 'weekly') await planOne(w.tx, entry, minutes, Date.parse(occurrenceStart) - minutes * MINUTE);
  });
}
