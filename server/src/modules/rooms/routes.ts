import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import { bookingRoutes } from './routes-bookings.js';
import { availabilityQuery, blockBody, roomBody, roomsQuery, settingsBody } from './schema.js';
import { availability } from './service/availability.js';
import { addBlock, listBlocks, removeBlock } from './service/blocks.js';
import { roomFeedback } from './service/requests.js';
import { createRoom, findRooms, getRoom, updateRoom } from './service/rooms.js';
import { roomSettings, saveRoomSettings } from './service/settings.js';
import { mayManageRooms } from './policy.js';

export async function roomRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['rooms'];

  r.get('/api/rooms', { schema: { tags, summary: '会议室列表（按容量、设备筛选）', querystring: roomsQuery } }, async (req) => ({
    items: await findRooms(core.db, authOf(req).access, req.query),
  }));
  r.post('/api/rooms', { schema: { tags, summary: '新建会议室', body: roomBody } }, async (req) => createRoom(core, ctxOf(req), authOf(req).access, req.body));
  r.get('/api/rooms/availability', { schema: { tags, summary: '会议室占用情况：某日或一周（会议室 × 时间）', querystring: availabilityQuery } }, async (req) =>
    availability(core.db, authOf(req).access, req.query),
  );
  r.get('/api/rooms/settings', { schema: { tags, summary: '会议室设置（临时取消的时限）' } }, async (req) => {
    mayManageRooms(authOf(req).access);
    return roomSettings(core.db);
  });
  r.put('/api/rooms/settings', { schema: { tags, summary: '修改会议室设置', body: settingsBody } }, async (req) =>
    saveRoomSettings(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.get('/api/rooms/:id', { schema: { tags, summary: '会议室详情', params: idParam } }, async (req) => getRoom(core.db, req.params.id));
  r.put('/api/rooms/:id', { schema: { tags, summary: '修改会议室（含停用）', params: idParam, body: roomBody } }, async (req) =>
    updateRoom(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.get('/api/rooms/:id/blocks', { schema: { tags, summary: '会议室尚未结束的维护时段', params: idParam } }, async (req) => listBlocks(core.db, req.params.id));
  r.post('/api/rooms/:id/blocks', { schema: { tags, summary: '设置维护时段（期间不可预订）', params: idParam, body: blockBody } }, async (req) =>
    addBlock(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.delete('/api/rooms/blocks/:id', { schema: { tags, summary: '取消维护时段', params: idParam } }, async (req) => {
    await removeBlock(core, ctxOf(req), authOf(req).access, req.params.id);
    return { ok: true };
  });
  r.get('/api/rooms/:id/feedback', { schema: { tags, summary: '会议室使用反馈', params: idParam } }, async (req) =>
    roomFeedback(core.db, authOf(req).access, req.params.id),
  );
  await bookingRoutes(app, core);
}
