import { command } from '../../../platform/command.js';
import type { Core, Ctx } from '../../../platform/context.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { RoomEquipment, RoomTable } from '../../../platform/db/schema-rooms.js';
import { isUniqueViolation } from '../../../platform/db/unique.js';
import { parseClock } from '../../../platform/calendar/zone.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { linkFiles } from '../../../platform/files/files.js';
import { newId, nowIso, parseJson } from '../../../platform/util.js';
import type { Caller } from '../../access/index.js';
import { managesRooms, mayManageRooms } from '../policy.js';
import type { RoomInput, RoomsQuery } from '../schema.js';

export function presentRoom(r: RoomTable) {
  return {
    id: r.id,
    name: r.name,
    location: r.location,
    capacity: r.capacity,
    equipment: parseJson<RoomEquipment[]>(r.equipment, []),
    description: r.description,
    photoFileId: r.photo_file_id,
    opensAt: r.opens_at,
    closesAt: r.closes_at,
    needsApproval: r.needs_approval === 1,
    active: r.active === 1,
    sortOrder: r.sort_order,
  };
}
export type RoomView = ReturnType<typeof presentRoom>;

/** Rooms with at least the capacity and all the equipment asked for; out-of-service rooms only for their administrator. */
export async function findRooms(db: Db | Tx, caller: Caller, query: RoomsQuery & { roomId?: string }): Promise<RoomView[]> {
  let q = db.selectFrom('rooms').selectAll().orderBy('sort_order').orderBy('name');
  if (!(query.includeInactive && managesRooms(caller))) q = q.where('active', '=', 1);
  if (query.minCapacity) q = q.where('capacity', '>=', query.minCapacity);
  if (query.roomId) q = q.where('id', '=', query.roomId);
  const wanted = query.equipment ?? [];
  return (await q.execute()).map(presentRoom).filter((r) => wanted.every((e) => r.equipment.includes(e)));
}

export async function getRoom(db: Db | Tx, id: string): Promise<RoomView> {
  const row = await db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return presentRoom(row);
}

function rowOf(input: RoomInput) {
  if (parseClock(input.opensAt) >= parseClock(input.closesAt)) {
    throw invalid('ROOM_HOURS_INVALID', 'rooms.opensBeforeCloses', {}, { closesAt: { key: 'rooms.opensBeforeCloses' } });
  }
  return {
    name: input.name,
    location: input.location,
    capacity: input.capacity,
    equipment: JSON.stringify([...new Set(input.equipment)]),
    description: input.description,
    photo_file_id: input.photoFileId,
    opens_at: input.opensAt,
    closes_at: input.closesAt,
    needs_approval: input.needsApproval ? 1 : 0,
    active: input.active ? 1 : 0,
    sort_order: input.sortOrder,
  };
}

const nameTaken = () => conflict('ROOM_NAME_TAKEN', 'rooms.nameTaken');

async function saveRoom(core: Core, ctx: Ctx, caller: Caller, id: string | null, input: RoomInput): Promise<RoomView> {
  mayManageRooms(caller);
  const values = rowOf(input);
  try {
    return await command(core, ctx, async (w) => {
      const before = id ? await w.tx.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
      if (id && !before) throw notFound();
      const roomId = id ?? newId();
      const now = nowIso();
      if (before) await w.tx.updateTable('rooms').set({ ...values, updated_at: now }).where('id', '=', roomId).execute();
      else await w.tx.insertInto('rooms').values({ id: roomId, ...values, created_at: now, updated_at: now }).execute();
      if (input.photoFileId && input.photoFileId !== before?.photo_file_id && ctx.actor) {
        await linkFiles(w.tx, ctx.actor.userId, [input.photoFileId], { type: 'room', id: roomId });
      }
      w.audit({
        action: before ? 'room.update' : 'room.create',
        targetType: 'room',
        targetId: roomId,
        summary: `${before ? '修改' : '新建'}会议室：${input.name}（${input.capacity} 人）${input.active ? '' : '，已停用'}`,
        detail: { before: before ? presentRoom(before) : null, after: values },
      });
      return getRoom(w.tx, roomId);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export const createRoom = (core: Core, ctx: Ctx, caller: Caller, input: RoomInput) => saveRoom(core, ctx, caller, null, input);
export const updateRoom = (core: Core, ctx: Ctx, caller: Caller, id: string, input: RoomInput) => saveRoom(core, ctx, caller, id, input);
