import { afterAll, beforeAll, expect, it } from 'vitest';
import { command } from '../../platform/command.js';
import { systemCtx } from '../../platform/context.js';
import { createTestApp, createUser, describeEachDialect, login, type Session, type TestApp } from '../../test/harness.js';
import { releaseRoom, reserveRoom, roomOfBooking } from './index.js';
import { instantOf } from './time.js';
import { createRoom, daysAhead } from './test-support.js';

describeEachDialect('rooms: bookings', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let alice: Session;
  let bob: Session;
  let room: string;
  let aliceId: string;
  const day = daysAhead(2);

  const book = (s: Session, body: Record<string, unknown>, roomId = room) => s.req('POST', `/api/rooms/${roomId}/bookings`, { title: '会议', date: day, ...body });
  const liveCount = async (roomId = room) =>
    Number(
      (await t.core.db.selectFrom('room_bookings').select((eb) => eb.fn.countAll<number>().as('n')).where('room_id', '=', roomId).where('status', 'in', ['pending', 'confirmed']).executeTakeFirstOrThrow()).n,
    );

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await createUser(t.core, { username: 'roomadmin', permissions: ['room.manage'] });
    aliceId = (await createUser(t.core, { username: 'alice' })).id;
    await createUser(t.core, { username: 'bob' });
    admin = await login(t.app, 'roomadmin');
    alice = await login(t.app, 'alice');
    bob = await login(t.app, 'bob');
    room = await createRoom(admin);
  });
  afterAll(() => t.close());

  it('books a slot; overlapping slots are refused naming the clash, adjacent ones allowed', async () => {
    const first = await book(alice, { start: '09:00', end: '10:00', title: '周例会' });
    expect(first.statusCode).toBe(200);
    expect(first.json().bookings[0]).toMatchObject({ status: 'confirmed', start: '09:00', end: '10:00', date: day });
    for (const [start, end] of [['09:00', '10:00'], ['09:30', '10:30'], ['08:30', '09:15'], ['08:00', '11:00'], ['09:15', '09:45']]) {
      const res = await book(bob, { start, end });
      expect(res.statusCode, `${start}–${end}`).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'ROOM_TAKEN' });
      expect(res.json().error.message).toContain(`${day} 09:00–10:00`);
    }
    expect((await book(bob, { start: '10:00', end: '11:00' })).statusCode).toBe(200);
    expect((await book(bob, { start: '08:00', end: '09:00' })).statusCode).toBe(200);
    expect(await liveCount()).toBe(3);
  });

  it('refuses bad slots with a clear error and changes nothing', async () => {
    const before = await liveCount();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ start: '09:10', end: '10:00' }, 400, 'start'],
      [{ start: '21:00', end: '22:30' }, 422, 'ROOM_CLOSED'],
      [{ start: '07:00', end: '08:30' }, 422, 'ROOM_CLOSED'],
      [{ start: '15:00', end: '14:00' }, 422, 'ROOM_END_BEFORE_START'],
      [{ date: daysAhead(-1), start: '15:00', end: '16:00' }, 422, 'ROOM_SLOT_PAST'],
      [{ start: '15:00', end: '16:00', title: '' }, 400, 'title'],
      [{ start: '15:00', end: '16:00', extra: 1 }, 400, 'extra'],
    ];
    for (const [body, status, what] of cases) {
      const res = await book(alice, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      const error = res.json().error;
      expect(status === 400 ? Object.keys(error.fields ?? {}) : [error.code]).toContain(what);
    }
    expect((await book(alice, { start: '15:00', end: '16:00' }, '00000000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect(await liveCount()).toBe(before);
  });

  it('refuses bookings in a maintenance block', async () => {
    expect((await admin.req('POST', `/api/rooms/${room}/blocks`, { start: `${day}T18:00`, end: `${day}T20:00`, reason: '音响检修' })).statusCode).toBe(200);
    const res = await book(alice, { start: '19:30', end: '20:30' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('音响检修');
    expect((await book(alice, { start: '20:00', end: '20:30' })).statusCode).toBe(200);
  });

  it('lets only the booker or the administrator cancel; a cancelled slot is free again; late is recorded', async () => {
    const id = (await book(alice, { start: '12:00', end: '13:00' })).json().bookings[0].id as string;
    expect((await bob.req('POST', `/api/rooms/bookings/${id}/cancel`, {})).statusCode).toBe(403);
    expect((await bob.req('GET', `/api/rooms/bookings/${id}`)).statusCode).toBe(403);
    const cancel = await alice.req('POST', `/api/rooms/bookings/${id}/cancel`, {});
    expect(cancel.json()).toEqual({ cancelled: 1, late: false });
    expect((await alice.req('POST', `/api/rooms/bookings/${id}/cancel`, {})).json().error.code).toBe('ROOM_BOOKING_NOT_LIVE');
    expect((await book(bob, { start: '12:00', end: '13:00' })).statusCode).toBe(200);

    // Two days ahead is late once the rule says three days.
    expect((await alice.req('PUT', '/api/rooms/settings', { lateCancelMinutes: 4320 })).statusCode).toBe(403);
    expect((await admin.req('PUT', '/api/rooms/settings', { lateCancelMinutes: 4320 })).json()).toEqual({ lateCancelMinutes: 4320 });
    const later = (await book(alice, { start: '13:00', end: '14:00' })).json().bookings[0].id as string;
    expect((await admin.req('POST', `/api/rooms/bookings/${later}/cancel`, {})).json()).toEqual({ cancelled: 1, late: true });
    const row = await t.core.db.selectFrom('room_bookings').selectAll().where('id', '=', later).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'cancelled', late_cancel: 1 });
    expect(row.cancelled_at).not.toBeNull();
    await admin.req('PUT', '/api/rooms/settings', { lateCancelMinutes: 120 });
    const mine = (await alice.req('GET', '/api/rooms/bookings/mine')).json();
    expect(mine.items.find((b: { id: string }) => b.id === later)).toMatchObject({ status: 'cancelled', lateCancel: true });
  });

  it('books a weekly series with exceptions; refuses it whole when a date is taken, or books the free dates', async () => {
    const start = daysAhead(7);
    const until = daysAhead(7 + 21);
    const skip = daysAhead(14);
    const series = await book(alice, { date: start, start: '15:00', end: '16:00', title: '周例会', repeat: { until, exceptions: [skip] } });
    expect(series.statusCode).toBe(200);
    expect(series.json().bookings.map((b: { date: string }) => b.date)).toEqual([start, daysAhead(21), daysAhead(28)]);

    const clash = await book(bob, { date: daysAhead(8), start: '15:30', end: '16:30', title: '调度会' });
    expect(clash.statusCode).toBe(200);
    const before = await liveCount();
    const refused = await book(bob, { date: daysAhead(1), start: '15:00', end: '16:00', title: '学习会', repeat: { weekdays: [1, 2, 3, 4, 5, 6, 7], until: daysAhead(8) } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('ROOM_SERIES_TAKEN');
    expect(refused.json().error.message).toContain(`${start}、${daysAhead(8)}`);
    expect(await liveCount()).toBe(before);

    const free = await book(bob, { date: daysAhead(1), start: '15:00', end: '16:00', title: '学习会', repeat: { weekdays: [1, 2, 3, 4, 5, 6, 7], until: daysAhead(8), freeOnly: true } });
    expect(free.statusCode).toBe(200);
    expect(free.json().skipped).toEqual([start, daysAhead(8)]);
    expect(free.json().bookings).toHaveLength(6);

    const tooLong = await book(bob, { date: daysAhead(1), start: '07:00', end: '08:00', repeat: { until: daysAhead(800) } });
    expect(tooLong.json().error.code).toBe('ROOM_SERIES_TOO_LONG');
    // Cancelling "this and the following" releases the rest of the series.
    const second = series.json().bookings[1].id as string;
    expect((await alice.req('POST', `/api/rooms/bookings/${second}/cancel`, { scope: 'following' })).json().cancelled).toBe(2);
    expect((await book(bob, { date: daysAhead(28), start: '15:00', end: '16:00' })).statusCode).toBe(200);
  });

  it('holds a room that needs approval as pending until the administrator decides', async () => {
    const vip = await createRoom(admin, { name: '常委会议室', needsApproval: true });
    const pending = await book(alice, { start: '10:00', end: '11:00', title: '常委会' }, vip);
    expect(pending.json().bookings[0].status).toBe('pending');
    expect((await book(bob, { start: '10:30', end: '11:30' }, vip)).statusCode).toBe(409);
    const id = pending.json().bookings[0].id as string;
    expect((await alice.req('GET', '/api/rooms/bookings/pending')).statusCode).toBe(403);
    expect((await alice.req('POST', `/api/rooms/bookings/${id}/approve`, {})).statusCode).toBe(403);
    expect(((await admin.req('GET', '/api/rooms/bookings/pending')).json().items as { id: string }[]).map((b) => b.id)).toContain(id);
    expect((await admin.req('POST', `/api/rooms/bookings/${id}/approve`, { note: '请提前布置' })).json()).toEqual({ decided: 1, status: 'confirmed' });
    expect((await admin.req('POST', `/api/rooms/bookings/${id}/approve`, {})).json().error.code).toBe('ROOM_NOT_PENDING');
    const notices = await t.core.db.selectFrom('notifications').selectAll().where('user_id', '=', aliceId).where('kind', '=', 'room.booking.approved').execute();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.title).toContain('常委会议室');

    const other = (await book(bob, { start: '14:00', end: '15:00' }, vip)).json().bookings[0].id as string;
    expect((await admin.req('POST', `/api/rooms/bookings/${other}/reject`, { note: '当天有接待' })).json().status).toBe('rejected');
    expect((await book(alice, { start: '14:00', end: '15:00' }, vip)).statusCode).toBe(200);
  });

  it('takes adjustment requests to the administrator, and feedback after use', async () => {
    const id = (await book(alice, { start: '16:30', end: '17:30' })).json().bookings[0].id as string;
    expect((await bob.req('POST', `/api/rooms/bookings/${id}/adjustments`, { kind: 'seats', detail: '加 10 把椅子' })).statusCode).toBe(403);
    expect((await alice.req('POST', `/api/rooms/bookings/${id}/adjustments`, { kind: 'laser', detail: 'x' })).statusCode).toBe(400);
    const req = await alice.req('POST', `/api/rooms/bookings/${id}/adjustments`, { kind: 'seats', detail: '加 10 把椅子' });
    expect(req.json().status).toBe('open');
    const open = (await admin.req('GET', '/api/rooms/adjustments')).json();
    expect(open.items[0]).toMatchObject({ detail: '加 10 把椅子', status: 'open', requestedBy: { name: 'alice' } });
    expect((await alice.req('GET', '/api/rooms/adjustments')).statusCode).toBe(403);
    expect((await admin.req('POST', `/api/rooms/adjustments/${req.json().id}/handle`, { status: 'done', reply: '已安排' })).statusCode).toBe(200);
    expect((await admin.req('POST', `/api/rooms/adjustments/${req.json().id}/handle`, { status: 'done' })).json().error.code).toBe('ROOM_ADJUSTMENT_HANDLED');
    expect(await t.core.db.selectFrom('notifications').select('title').where('user_id', '=', aliceId).where('kind', '=', 'room.adjustment.handled').execute()).toHaveLength(1);

    expect((await alice.req('POST', `/api/rooms/bookings/${id}/feedback`, { cleanliness: 4 })).json().error.code).toBe('ROOM_NOT_ENDED');
    // The booking is over: move it into the past, as time would.
    const past = { start_at: instantOf(daysAhead(-1), '09:00'), end_at: instantOf(daysAhead(-1), '10:00') };
    await t.core.db
      .updateTable('room_bookings')
      .set({ ...past, start_min: Date.parse(past.start_at) / 60_000, end_min: Date.parse(past.end_at) / 60_000 })
      .where('id', '=', id)
      .execute();
    expect((await bob.req('POST', `/api/rooms/bookings/${id}/feedback`, { cleanliness: 4 })).statusCode).toBe(403);
    expect((await alice.req('POST', `/api/rooms/bookings/${id}/feedback`, { cleanliness: 6 })).statusCode).toBe(400);
    expect((await alice.req('POST', `/api/rooms/bookings/${id}/feedback`, { cleanliness: 3, equipmentFaults: '投影仪偏色' })).statusCode).toBe(200);
    expect((await alice.req('POST', `/api/rooms/bookings/${id}/feedback`, { cleanliness: 3 })).json().error.code).toBe('ROOM_FEEDBACK_GIVEN');
    const feedback = (await admin.req('GET', `/api/rooms/${room}/feedback`)).json();
    expect(feedback).toMatchObject({ averageCleanliness: 3, items: [expect.objectContaining({ equipmentFaults: '投影仪偏色', by: 'alice' })] });
    expect((await alice.req('GET', '/api/rooms/bookings/mine?when=past')).json().items[0]).toMatchObject({ id, feedbackGiven: true, ended: true });
  });

  it('reserves and releases a room inside a meeting’s transaction', async () => {
    const slot = { roomId: room, startAt: instantOf(daysAhead(5), '09:00'), endAt: instantOf(daysAhead(5), '11:00'), title: '党组会', bookedBy: aliceId, meetingId: '01900000-0000-7000-8000-000000000001' };
    const held = await command(t.core, systemCtx(), (w) => reserveRoom(w, slot));
    expect(held.status).toBe('confirmed');
    expect(await roomOfBooking(t.core.db, held.bookingId)).toMatchObject({ roomName: '测试会议室', location: '三楼', status: 'confirmed' });
    await expect(command(t.core, systemCtx(), (w) => reserveRoom(w, { ...slot, startAt: instantOf(daysAhead(5), '10:00') }))).rejects.toMatchObject({ code: 'ROOM_TAKEN', status: 409 });
    const cancel = await alice.req('POST', `/api/rooms/bookings/${held.bookingId}/cancel`, {});
    expect(cancel.json().error.code).toBe('ROOM_HELD_BY_MEETING');
    await command(t.core, systemCtx(), (w) => releaseRoom(w, held.bookingId));
    expect((await roomOfBooking(t.core.db, held.bookingId))?.status).toBe('cancelled');
    expect((await command(t.core, systemCtx(), (w) => reserveRoom(w, slot))).status).toBe('confirmed');
  });
});
