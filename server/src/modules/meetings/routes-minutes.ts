import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { meetingParams as params, minutesBody, minutesReplyBody } from './schema.js';
import { circulateMinutes, getMinutes, publishMinutes, replyToMinutes, saveMinutes } from './service/minutes.js';

/** 纪要与决议: the template, saving, circulating for confirmation, publishing (decisions → 督办). */
export async function minutesRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  r.get('/api/meetings/:id/minutes', { schema: { tags, summary: '会议纪要（未保存时为按模板预填的内容）与决议', params } }, async (req) => getMinutes(core, authOf(req).access, req.params.id));
  r.put('/api/meetings/:id/minutes', { schema: { tags, summary: '保存纪要与决议（责任人、责任部门、期限）', params, body: minutesBody } }, async (req) =>
    saveMinutes(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.post('/api/meetings/:id/minutes/circulate', { schema: { tags, summary: '纪要送参会人员确认', params } }, async (req) => {
    await circulateMinutes(core, ctxOf(req), authOf(req).access, req.params.id);
    return { ok: true };
  });
  r.post('/api/meetings/:id/minutes/publish', { schema: { tags, summary: '印发纪要：每项决议转为督办事项', params } }, async (req) =>
    publishMinutes(core, ctxOf(req), authOf(req).access, req.params.id),
  );
  r.post('/api/meetings/:id/minutes/reply', { schema: { tags, summary: '参会人员确认纪要或提出意见', params, body: minutesReplyBody } }, async (req) =>
    replyToMinutes(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
}
