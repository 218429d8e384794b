import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, createUser, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';
import { createRoom, daysAhead } from './test-support.js';

describeEachDialect('rooms: administration, search and availability', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let clerk: Session;
  const countRows = async (table: 'rooms' | 'room_blocks' | 'room_bookings') =>
    Number((await t.core.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await createUser(t.core, { username: 'roomadmin', permissions: ['room.manage'] });
    await createUser(t.core, { username: 'clerk' });
    admin = await login(t.app, 'roomadmin');
    clerk = await login(t.app, 'clerk');
  });
  afterAll(() => t.close());

  it('lets the room administrator create and change rooms, and nobody else', async () => {
    const big = await createRoom(admin, { name: '大会议室', capacity: 50, equipment: ['projector', 'video'] });
    await createRoom(admin, { name: '小会议室', capacity: 6, equipment: ['whiteboard'] });
    expect((await clerk.req('POST', '/api/rooms', { name: '私设', location: 'x', capacity: 3 })).statusCode).toBe(403);
    expect((await admin.req('POST', '/api/rooms', { name: '大会议室', location: 'x', capacity: 3 })).json().error.code).toBe('ROOM_NAME_TAKEN');
    const badHours = await admin.req('POST', '/api/rooms', { name: '夜间', location: 'x', capacity: 3, opensAt: '20:00', closesAt: '08:00' });
    expect(badHours.statusCode).toBe(422);
    expect(badHours.json().error.message).toContain('开放时间');
    expect((await admin.req('POST', '/api/rooms', { name: '坏', location: 'x', capacity: 0 })).statusCode).toBe(400);
    expect((await admin.req('POST', '/api/rooms', { name: '坏', location: 'x', capacity: 3, equipment: ['laser'] })).statusCode).toBe(400);
    expect(await countRows('rooms')).toBe(2);

    const change = await admin.req('PUT', `/api/rooms/${big}`, { name: '大会议室', location: '五楼', capacity: 60, equipment: ['projector', 'video'], needsApproval: true });
    expect(change.statusCode).toBe(200);
    expect(change.json()).toMatchObject({ location: '五楼', capacity: 60, needsApproval: true, active: true });
    expect((await clerk.req('PUT', `/api/rooms/${big}`, { name: 'x', location: 'x', capacity: 1 })).statusCode).toBe(403);
    const audit = await t.core.db.selectFrom('audit_log').select('summary').where('target_id', '=', big).execute();
    expect(audit.map((a) => a.summary)).toEqual(expect.arrayContaining([expect.stringContaining('新建会议室：大会议室'), expect.stringContaining('修改会议室：大会议室')]));
  });

  it('finds rooms by capacity and equipment', async () => {
    const names = async (q: string) => ((await clerk.req('GET', `/api/rooms${q}`)).json().items as { name: string }[]).map((r) => r.name);
    expect(await names('')).toEqual(['大会议室', '小会议室']);
    expect(await names('?minCapacity=10')).toEqual(['大会议室']);
    expect(await names('?equipment=whiteboard')).toEqual(['小会议室']);
    expect(await names('?equipment=projector,video&minCapacity=55')).toEqual(['大会议室']);
    expect(await names('?equipment=projector,whiteboard')).toEqual([]);
    expect((await clerk.req('GET', '/api/rooms?equipment=laser')).statusCode).toBe(400);
  });

  it('shows a day and a week of bookings and blocks, cut at midnight', async () => {
    const rooms = (await clerk.req('GET', '/api/rooms')).json().items as { id: string; name: string }[];
    const small = rooms.find((r) => r.name === '小会议室')!.id;
    const day = daysAhead(3);
    const booked = await clerk.req('POST', `/api/rooms/${small}/bookings`, { date: day, start: '09:00', end: '10:30', title: '科务会' });
    expect(booked.statusCode).toBe(200);
    const block = await admin.req('POST', `/api/rooms/${small}/blocks`, { start: `${daysAhead(4)}T20:00`, end: `${daysAhead(5)}T12:00`, reason: '更换地毯' });
    expect(block.statusCode).toBe(200);
    expect((await clerk.req('POST', `/api/rooms/${small}/blocks`, { start: `${day}T20:00`, end: `${day}T21:00`, reason: 'x' })).statusCode).toBe(403);

    const dayView = (await clerk.req('GET', `/api/rooms/availability?date=${day}`)).json();
    expect(dayView.dates).toEqual([day]);
    expect(dayView.rooms).toHaveLength(2);
    expect(dayView.bookings).toEqual([expect.objectContaining({ roomId: small, date: day, start: '09:00', end: '10:30', title: '科务会', mine: true, owner: expect.objectContaining({ name: 'clerk' }) })]);

    const week = (await admin.req('GET', `/api/rooms/availability?date=${day}&days=7&roomId=${small}`)).json();
    expect(week.dates).toHaveLength(7);
    expect(week.rooms.map((r: { id: string }) => r.id)).toEqual([small]);
    expect(week.bookings[0].mine).toBe(false);
    expect(week.blocks).toEqual([
      expect.objectContaining({ date: daysAhead(4), start: '20:00', end: '24:00', reason: '更换地毯' }),
      expect.objectContaining({ date: daysAhead(5), start: '00:00', end: '12:00' }),
    ]);
    const filtered = (await clerk.req('GET', `/api/rooms/availability?date=${day}&minCapacity=30`)).json();
    expect(filtered.rooms.map((r: { name: string }) => r.name)).toEqual(['大会议室']);
    expect(filtered.bookings).toEqual([]);
    expect((await clerk.req('GET', `/api/rooms/availability?date=2026-02-30`)).statusCode).toBe(400);
    expect((await clerk.req('GET', `/api/rooms/availability?date=${day}&days=8`)).statusCode).toBe(400);
  });

  it('refuses a block over live bookings, and lifts a block', async () => {
    const small = ((await clerk.req('GET', '/api/rooms?equipment=whiteboard')).json().items as { id: string }[])[0]!.id;
    const day = daysAhead(3);
    const before = await countRows('room_blocks');
    const clash = await admin.req('POST', `/api/rooms/${small}/blocks`, { start: `${day}T10:00`, end: `${day}T11:00`, reason: '检修' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.message).toContain('科务会');
    expect(await countRows('room_blocks')).toBe(before);
    const blocks = (await admin.req('GET', `/api/rooms/${small}/blocks`)).json().items as { id: string }[];
    expect(blocks).toHaveLength(1);
    expect((await clerk.req('DELETE', `/api/rooms/blocks/${blocks[0]!.id}`)).statusCode).toBe(403);
    expect((await admin.req('DELETE', `/api/rooms/blocks/${blocks[0]!.id}`)).statusCode).toBe(200);
    expect((await admin.req('GET', `/api/rooms/${small}/blocks`)).json().items).toEqual([]);
  });
});
