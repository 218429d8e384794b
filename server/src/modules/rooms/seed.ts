import { command } from '../../platform/command.js';
import { systemCtx, type Core } from '../../platform/context.js';
import { newId, nowIso } from '../../platform/util.js';
import type { RoomEquipment } from '../../platform/db/schema-rooms.js';

const DEMO_ROOMS: { name: string; location: string; capacity: number; equipment: RoomEquipment[]; needsApproval?: boolean; description: string }[] = [
  { name: '第一会议室', location: '机关大楼 3 楼 301', capacity: 30, equipment: ['projector', 'screen', 'video', 'microphone'], description: '可召开视频会议' },
  { name: '第二会议室', location: '机关大楼 3 楼 305', capacity: 12, equipment: ['screen', 'whiteboard'], description: '' },
  { name: '常委会议室', location: '机关大楼 5 楼 501', capacity: 40, equipment: ['projector', 'screen', 'video', 'microphone'], needsApproval: true, description: '预订须经办公室审批' },
  { name: '小会议室', location: '机关大楼 2 楼 208', capacity: 6, equipment: ['whiteboard'], description: '适合小组讨论' },
];

/** The demo unit's rooms; rooms already there (by name) are left as they are. */
export async function seedRooms(core: Core): Promise<void> {
  await command(core, systemCtx('seed-rooms'), async (w) => {
    const existing = new Set((await w.tx.selectFrom('rooms').select('name').execute()).map((r) => r.name));
    const now = nowIso();
    const added = DEMO_ROOMS.filter((r) => !existing.has(r.name));
    if (!added.length) return;
    await w.tx
      .insertInto('rooms')
      .values(
        added.map((r) => ({
          id: newId(),
          name: r.name,
          location: r.location,
          capacity: r.capacity,
          equipment: JSON.stringify(r.equipment),
          description: r.description,
          photo_file_id: null,
          opens_at: '08:00',
          closes_at: '22:00',
          needs_approval: r.needsApproval ? 1 : 0,
          active: 1,
          sort_order: DEMO_ROOMS.indexOf(r),
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    w.audit({ action: 'room.seed', targetType: 'room', targetId: 'demo', summary: `演示会议室：${added.map((r) => r.name).join('、')}`, detail: {} });
  });
}
