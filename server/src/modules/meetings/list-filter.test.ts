import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp } from '../workflow/test-support.js';
import { approvedMeeting, shanghai, type App } from './test-support.js';

const WEEK_MS = 7 * 86_400_000;
const ONLINE = 'https://meeting.tencent.com/dm/filter1';

describeEachDialect('meetings: the list filtered by status and start (the workspace’s 会议提醒)', (dialect) => {
  let t: App;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  const idsOf = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((m) => m.id);

  it('lists only approved meetings starting within the window, soonest first, with my reply', async () => {
    const huang = await t.userId('huangxiaoyan');
    const meeting = (topic: string, days: number) => ({ topic, startAt: shanghai(days, '09:00'), endAt: shanghai(days, '10:00'), onlineUrl: ONLINE, attendeeUserIds: [huang] });
    const inThreeDays = await approvedMeeting(t, 'zhenghai', meeting('三天后的会', 3));
    const tomorrow = await approvedMeeting(t, 'zhenghai', meeting('明天的会', 1));
    const nextMonth = await approvedMeeting(t, 'zhenghai', meeting('下月的会', 30));
    const zhenghai = await t.as('zhenghai');
    const draft = (await zhenghai.req('POST', '/api/meetings', meeting('草稿会', 2))).json().ids[0] as string;

    const within = encodeURIComponent(new Date(Date.now() + WEEK_MS).toISOString());
    const url = `/api/meetings?when=upcoming&status=approved&startBefore=${within}&pageSize=5`;
    const mine = idsOf(await zhenghai.req('GET', url));
    expect(mine.filter((id) => [inThreeDays, tomorrow, nextMonth, draft].includes(id))).toEqual([tomorrow, inThreeDays]);
    // Without the filter the organiser still sees the draft and the later meeting.
    expect(idsOf(await zhenghai.req('GET', '/api/meetings?when=upcoming&pageSize=100'))).toEqual(expect.arrayContaining([draft, nextMonth]));

    const attendee = await t.as('huangxiaoyan');
    const res = (await attendee.req('GET', url)).json();
    expect(res.items.filter((m: { id: string }) => [inThreeDays, tomorrow].includes(m.id))).toEqual([
      expect.objectContaining({ id: tomorrow, topic: '明天的会', status: 'approved', myReply: 'pending' }),
      expect.objectContaining({ id: inThreeDays, myReply: 'pending' }),
    ]);
    expect(res.items.map((m: { id: string }) => m.id)).not.toContain(nextMonth);
  });

  it('refuses a status or instant it does not know', async () => {
    const s = await t.as('huangxiaoyan');
    expect((await s.req('GET', '/api/meetings?status=finished')).statusCode).toBe(400);
    expect((await s.req('GET', '/api/meetings?startBefore=next-week')).statusCode).toBe(400);
  });
});
