import { command } from '../../../platform/command.js';
import type { Core, Ctx } from '../../../platform/context.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { nowIso } from '../../../platform/util.js';
import type { Caller } from '../../access/index.js';
import { mayManageRooms } from '../policy.js';

const LATE_CANCEL_KEY = 'rooms.lateCancelMinutes';
/** A cancellation less than this before the start is recorded as late (MTG-6: release ≥ 2 h ahead). */
export const DEFAULT_LATE_CANCEL_MINUTES = 120;

export interface RoomSettings {
  lateCancelMinutes: number;
}

export async function roomSettings(db: Db | Tx): Promise<RoomSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', LATE_CANCEL_KEY).executeTakeFirst();
  const minutes = Number(row?.value);
  return { lateCancelMinutes: row && Number.isInteger(minutes) && minutes >= 0 ? minutes : DEFAULT_LATE_CANCEL_MINUTES };
}

export async function saveRoomSettings(core: Core, ctx: Ctx, caller: Caller, input: RoomSettings): Promise<RoomSettings> {
  mayManageRooms(caller);
  return command(core, ctx, async (w) => {
    const before = await roomSettings(w.tx);
    const now = nowIso();
    const value = String(input.lateCancelMinutes);
    await w.tx
      .insertInto('settings')
      .values({ key: LATE_CANCEL_KEY, value, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
      .execute();
    w.audit({
      action: 'room.settings.update',
      targetType: 'setting',
      targetId: LATE_CANCEL_KEY,
      summary: `会议室设置：开始前 ${input.lateCancelMinutes} 分钟内取消记为临时取消`,
      detail: { before, after: input },
    });
    return input;
  });
}
