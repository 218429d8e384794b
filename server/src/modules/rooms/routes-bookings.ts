import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import { adjustmentBody, adjustmentsQuery, bookBody, cancelBody, decisionBody, feedbackBody, handleBody, mineQuery } from './schema.js';
import { bookRoom } from './service/book.js';
import { cancelBooking, decideBooking, getBooking, myBookings, pendingBookings } from './service/bookings.js';
import { giveFeedback, handleAdjustment, listAdjustments, requestAdjustment } from './service/requests.js';

export async function bookingRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['rooms'];

  r.post('/api/rooms/:id/bookings', { schema: { tags, summary: '预订会议室（可每周重复）', params: idParam, body: bookBody } }, async (req) =>
    bookRoom(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.get('/api/rooms/bookings/mine', { schema: { tags, summary: '我的预订', querystring: mineQuery } }, async (req) =>
    myBookings(core.db, authOf(req).access.userId, req.query.when, req.query.page, req.query.pageSize),
  );
  r.get('/api/rooms/bookings/pending', { schema: { tags, summary: '待审批的会议室预订' } }, async (req) => pendingBookings(core.db, authOf(req).access));
  r.get('/api/rooms/bookings/:id', { schema: { tags, summary: '预订详情', params: idParam } }, async (req) => getBooking(core.db, authOf(req).access, req.params.id));
  r.post('/api/rooms/bookings/:id/cancel', { schema: { tags, summary: '取消预订（释放时段）', params: idParam, body: cancelBody } }, async (req) =>
    cancelBooking(core, ctxOf(req), authOf(req).access, req.params.id, req.body.scope),
  );
  r.post('/api/rooms/bookings/:id/approve', { schema: { tags, summary: '同意预订', params: idParam, body: decisionBody } }, async (req) =>
    decideBooking(core, ctxOf(req), authOf(req).access, req.params.id, true, req.body.note),
  );
  r.post('/api/rooms/bookings/:id/reject', { schema: { tags, summary: '不同意预订（释放时段）', params: idParam, body: decisionBody } }, async (req) =>
    decideBooking(core, ctxOf(req), authOf(req).access, req.params.id, false, req.body.note),
  );
  r.post('/api/rooms/bookings/:id/adjustments', { schema: { tags, summary: '调整申请（加座、投影等），交行政办公室', params: idParam, body: adjustmentBody } }, async (req) =>
    requestAdjustment(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.post('/api/rooms/bookings/:id/feedback', { schema: { tags, summary: '使用反馈（结束后）', params: idParam, body: feedbackBody } }, async (req) =>
    giveFeedback(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.get('/api/rooms/adjustments', { schema: { tags, summary: '调整申请列表', querystring: adjustmentsQuery } }, async (req) =>
    listAdjustments(core.db, authOf(req).access, req.query.status, req.query.page, req.query.pageSize),
  );
  r.post('/api/rooms/adjustments/:id/handle', { schema: { tags, summary: '处理调整申请', params: idParam, body: handleBody } }, async (req) =>
    handleAdjustment(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
}
