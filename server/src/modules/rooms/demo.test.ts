import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp } from '../workflow/test-support.js';
import { roomsModule } from './index.js';
import { daysAhead } from './test-support.js';

describeEachDialect('rooms: the demo unit', (dialect) => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  beforeAll(async () => {
    t = await demoApp(dialect);
  });
  afterAll(() => t.close());

  it('seeds the demo rooms once, and sends bookings of 常委会议室 to 袁媛 for approval', async () => {
    await roomsModule.seedDemo!(t.core, 'zhangwei');
    const chief = await t.as('zhangwei');
    const rooms = (await chief.req('GET', '/api/rooms')).json().items as { id: string; name: string; needsApproval: boolean }[];
    expect(rooms.map((r) => r.name)).toEqual(['第一会议室', '第二会议室', '常委会议室', '小会议室']);
    const council = rooms.find((r) => r.name === '常委会议室')!;
    expect(council.needsApproval).toBe(true);

    const booked = await chief.req('POST', `/api/rooms/${council.id}/bookings`, { date: daysAhead(2), start: '14:00', end: '16:00', title: '主任办公会' });
    expect(booked.json().bookings[0].status).toBe('pending');
    const admin = await t.userId('yuanyuan');
    const waiting = await t.core.db.selectFrom('notifications').selectAll().where('user_id', '=', admin).where('kind', '=', 'room.booking.pending').execute();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.title).toBe(`会议室预订待审批：常委会议室 ${daysAhead(2)} 14:00–16:00`);
    expect(waiting[0]!.body).toContain('张伟');

    const yuan = await t.as('yuanyuan');
    expect((await yuan.req('POST', `/api/rooms/bookings/${booked.json().bookings[0].id}/approve`, {})).statusCode).toBe(200);
    const told = await t.core.db.selectFrom('notifications').select('title').where('user_id', '=', await t.userId('zhangwei')).where('kind', '=', 'room.booking.approved').execute();
    expect(told).toEqual([{ title: `会议室预订已通过：常委会议室 ${daysAhead(2)} 14:00–16:00` }]);
    expect((await chief.req('GET', '/api/rooms/bookings/pending')).statusCode).toBe(403);
  });
});
