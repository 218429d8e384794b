import { command } from '../../../platform/command.js';
import type { Core, Ctx } from '../../../platform/context.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { AppError, invalid, notFound } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import type { Caller } from '../../access/index.js';
import { mayManageRooms } from '../policy.js';
import { describeRange, endMinute, instantOf, startMinute } from '../time.js';
import { lockRoom, overlappingBookings } from './reserve.js';

/** 'YYYY-MM-DDTHH:MM' on the unit's wall clock → ISO UTC. */
const instantOfLocal = (v: string) => instantOf(v.slice(0, 10), v.slice(11));

/** Closes a room for maintenance; refused while live bookings fall in the time (their bookers must be asked first). */
export async function addBlock(core: Core, ctx: Ctx, caller: Caller, roomId: string, input: { start: string; end: string; reason: string }) {
  mayManageRooms(caller);
  const startAt = instantOfLocal(input.start);
  const endAt = instantOfLocal(input.end);
  if (Date.parse(endAt) <= Date.parse(startAt)) throw invalid('ROOM_END_BEFORE_START', 'rooms.endBeforeStart', {}, { end: { key: 'rooms.endBeforeStart' } });
  return command(core, ctx, async (w) => {
    const room = await lockRoom(w.tx, roomId);
    const startMin = startMinute(startAt);
    const endMin = endMinute(endAt);
    const clashes = await overlappingBookings(w.tx, roomId, startMin, endMin).limit(5).execute();
    if (clashes.length) {
      const items = clashes.map((c) => `${describeRange(c.start_at, c.end_at)}「${c.title}」`).join('、');
      throw new AppError('ROOM_BLOCK_CLASHES', 409, 'rooms.blockClashes', { items });
    }
    const block = { id: newId(), room_id: roomId, start_at: startAt, end_at: endAt, start_min: startMin, end_min: endMin, reason: input.reason, created_by: ctx.actor?.userId ?? null, created_at: nowIso() };
    await w.tx.insertInto('room_blocks').values(block).execute();
    w.audit({
      action: 'room.block.create',
      targetType: 'room',
      targetId: roomId,
      summary: `会议室维护：${room.name} ${describeRange(startAt, endAt)}（${input.reason}）`,
      detail: { blockId: block.id, startAt, endAt },
    });
    return presentBlock(block);
  });
}

export async function removeBlock(core: Core, ctx: Ctx, caller: Caller, blockId: string): Promise<void> {
  mayManageRooms(caller);
  await command(core, ctx, async (w) => {
    const block = await w.tx.selectFrom('room_blocks').selectAll().where('id', '=', blockId).executeTakeFirst();
    if (!block) throw notFound();
    await w.tx.deleteFrom('room_blocks').where('id', '=', blockId).execute();
    w.audit({
      action: 'room.block.delete',
      targetType: 'room',
      targetId: block.room_id,
      summary: `取消会议室维护：${describeRange(block.start_at, block.end_at)}（${block.reason}）`,
      detail: { blockId },
    });
  });
}

const presentBlock = (b: { id: string; room_id: string; start_at: string; end_at: string; reason: string }) => ({
  id: b.id,
  roomId: b.room_id,
  startAt: b.start_at,
  endAt: b.end_at,
  reason: b.reason,
});

/** A room's blocks that have not ended yet. */
export async function listBlocks(db: Db | Tx, roomId: string) {
  const rows = await db
    .selectFrom('room_blocks')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('end_min', '>', startMinute(nowIso()))
    .orderBy('start_min')
    .execute();
  return { items: rows.map(presentBlock) };
}
