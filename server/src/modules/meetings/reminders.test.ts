import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCore } from '../../platform/core.js';
import { createWorker } from '../../platform/jobs/setup.js';
import { enqueue } from '../../platform/jobs/queue.js';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp } from '../workflow/test-support.js';
import { REMIND_JOB, MINUTES_REMIND_JOB } from './service/reminders.js';
import { approvedMeeting, shanghai, type App } from './test-support.js';

describeEachDialect('meetings: reminders are durable jobs', (dialect) => {
  let t: App;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  const pendingReminders = async (meetingId: string) =>
    (await t.core.db.selectFrom('jobs').select(['kind', 'run_at', 'unique_key']).where('kind', 'in', [REMIND_JOB, MINUTES_REMIND_JOB]).where('status', '=', 'pending').where('unique_key', 'like', `%:${meetingId}:%`).orderBy('run_at').execute());

  it('plans 1 day, 1 hour and 15 minutes ahead; they fire from a new server over the same database; a new time re-plans them, a cancellation drops them', async () => {
    const huang = await t.userId('huangxiaoyan');
    const body = { topic: '季度工作推进会', startAt: shanghai(3, '09:00'), endAt: shanghai(3, '10:00'), onlineUrl: 'https://meeting.tencent.com/dm/q4', attendeeUserIds: [huang], recorderUserId: await t.userId('xujing') };
    const id = await approvedMeeting(t, 'zhenghai', body);
    const planned = await pendingReminders(id);
    const start = Date.parse(body.startAt);
    expect(planned.filter((j) => j.kind === REMIND_JOB).map((j) => (start - Date.parse(j.run_at)) / 60_000)).toEqual([1440, 60, 15]);
    expect(planned.find((j) => j.kind === MINUTES_REMIND_JOB)!.run_at).toBe(new Date(Date.parse(body.endAt) + 20 * 3_600_000).toISOString());

    // The server restarts: a new core and worker over the same database file (or PostgreSQL database) run what is due.
    const restarted = createCore(t.core.config);
    try {
      await restarted.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000).toISOString() }).where('unique_key', '=', planned[0]!.unique_key).execute();
      const worker = await createWorker(restarted);
      while ((await worker.runDue()) > 0);
    } finally {
      await restarted.database.close();
    }
    const reminded = await t.core.db.selectFrom('notifications').select(['user_id', 'title']).where('kind', '=', 'meeting.reminder').where('link', '=', `/meetings/${id}`).execute();
    expect(reminded).toEqual([{ user_id: huang, title: '会议提醒：季度工作推进会' }]);
    expect((await pendingReminders(id)).filter((j) => j.kind === REMIND_JOB)).toHaveLength(2);

    // Moved to the next day: the reminders of the old time go, all three are planned for the new one.
    const s = await t.as('zhenghai');
    const moved = { ...body, startAt: shanghai(4, '15:00'), endAt: shanghai(4, '16:00') };
    expect((await s.req('PUT', `/api/meetings/${id}`, moved)).statusCode).toBe(200);
    const replanned = await pendingReminders(id);
    expect(replanned.filter((j) => j.kind === REMIND_JOB).map((j) => (Date.parse(moved.startAt) - Date.parse(j.run_at)) / 60_000)).toEqual([1440, 60, 15]);
    expect(replanned.every((j) => j.unique_key!.includes(moved.startAt) || j.unique_key!.includes(moved.endAt))).toBe(true);

    // A stale job of the old time that still ran does nothing.
    const worker = await createWorker(t.core);
    await enqueue(t.core.db, { kind: REMIND_JOB, payload: { meetingId: id, startAt: body.startAt }, runAt: new Date(0).toISOString() });
    while ((await worker.runDue()) > 0);
    expect(await t.core.db.selectFrom('notifications').select('id').where('kind', '=', 'meeting.reminder').where('link', '=', `/meetings/${id}`).execute()).toHaveLength(1);

    expect((await s.req('POST', `/api/meetings/${id}/cancel`, { reason: '' })).statusCode).toBe(200);
    expect(await pendingReminders(id)).toEqual([]);
  });

  it('reminds the recorder to write the minutes until they are published', async () => {
    const xujing = await t.userId('xujing');
    const id = await approvedMeeting(t, 'zhenghai', { topic: '专题会', startAt: shanghai(1, '09:00'), endAt: shanghai(1, '10:00'), onlineUrl: 'https://zoom.us/j/1', attendeeUserIds: [await t.userId('heping')], recorderUserId: xujing });
    await t.core.db.updateTable('jobs').set({ run_at: new Date(0).toISOString() }).where('kind', '=', MINUTES_REMIND_JOB).where('unique_key', 'like', `%:${id}:%`).execute();
    const worker = await createWorker(t.core);
    while ((await worker.runDue()) > 0);
    const notices = await t.core.db.selectFrom('notifications').select(['user_id', 'title']).where('kind', '=', 'meeting.minutesDue').where('link', '=', `/meetings/${id}`).execute();
    expect(notices).toEqual([{ user_id: xujing, title: '请提交会议纪要：专题会' }]);
  });
});
