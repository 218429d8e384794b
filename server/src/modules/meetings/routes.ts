import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import * as s from './schema.js';
import { createMeetings } from './service/application.js';
import { cancelMeeting, submitMeeting, updateMeeting } from './service/lifecycle.js';
import { clashes, clashesOfMeeting } from './service/clashes.js';
import { getMeeting, listMeetings } from './service/queries.js';
import { replyToMeeting } from './service/replies.js';
import { addMaterial, downloadMaterial, listMaterials } from './service/materials.js';
import { attendance, signInByCode, signInByHand, signInCode } from './service/signin.js';
import { minutesRoutes } from './routes-minutes.js';

/** 会议: application and approval, replies, materials and sign-in; the minutes in routes-minutes. */
export async function meetingRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const params = s.meetingParams;
  r.get('/api/meetings', { schema: { tags, summary: '我的会议（即将召开 / 已结束），或全单位会议（会务管理员）', querystring: s.listQuery } }, async (req) =>
    listMeetings(core.db, authOf(req).access, req.query),
  );
  r.get('/api/meetings/clashes', { schema: { tags, summary: '参会人员日程冲突（谁、与什么冲突），提交前检查', querystring: s.clashQuery } }, async (req) => clashes(core.db, ctxOf(req).locale, req.query));
  r.post('/api/meetings', { schema: { tags, summary: '会议申请（草稿；周例会按周数一次创建）', body: s.meetingBody } }, async (req) =>
    createMeetings(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.get('/api/meetings/:id', { schema: { tags, summary: '会议详情：参会人员与回复、签到、可执行操作', params } }, async (req) => getMeeting(core.db, authOf(req).access, req.params.id));
  r.put('/api/meetings/:id', { schema: { tags, summary: '修改会议（已通过的会议向参会人员发送变更）', params, body: s.meetingUpdateBody } }, async (req) =>
    updateMeeting(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.get('/api/meetings/:id/clashes', { schema: { tags, summary: '本会议参会人员的日程冲突', params } }, async (req) => clashesOfMeeting(core.db, ctxOf(req).locale, authOf(req).access, req.params.id));
  r.post('/api/meetings/:id/submit', { schema: { tags, summary: '提交审批（占用会议室，启动会议申请流程）', params } }, async (req) =>
    submitMeeting(core, ctxOf(req), authOf(req).access, req.params.id),
  );
  r.post('/api/meetings/:id/cancel', { schema: { tags, summary: '取消会议（释放会议室，向参会人员发送取消通知）', params, body: s.cancelBody } }, async (req) => {
    await cancelMeeting(core, ctxOf(req), authOf(req).access, req.params.id, req.body.reason);
    return { ok: true };
  });
  r.post('/api/meetings/:id/reply', { schema: { tags, summary: '回复：接受、谢绝或委托他人参加', params, body: s.replyBody } }, async (req) =>
    replyToMeeting(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );

  r.get('/api/meetings/:id/materials', { schema: { tags, summary: '会议材料（秘密会议需二次验证）', params } }, async (req) => listMaterials(core, authOf(req), req.params.id));
  r.post('/api/meetings/:id/materials', { schema: { tags, summary: '上传会议材料或新版本（先上传文件）', params, body: s.materialBody } }, async (req) =>
    addMaterial(core, ctxOf(req), authOf(req), req.params.id, req.body),
  );
  r.get('/api/meetings/:id/materials/:materialId/file', { schema: { tags, summary: '下载材料（秘密会议为带水印的 PDF）', params: s.materialParams } }, async (req, reply) => {
    const copy = await downloadMaterial(core, ctxOf(req), authOf(req), req.params.id, req.params.materialId);
    reply.header('content-type', copy.mime);
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(copy.name)}`);
    return reply.send(copy.data);
  });

  r.get('/api/meetings/:id/sign-in/code', { schema: { tags, summary: '签到二维码内容（令牌每30秒更换）', params } }, async (req) => signInCode(core, authOf(req).access, req.params.id));
  r.post('/api/meetings/:id/sign-in', { schema: { tags, summary: '扫码签到', params, body: s.signInBody } }, async (req) =>
    signInByCode(core, ctxOf(req), authOf(req).access, req.params.id, req.body.token),
  );
  r.post('/api/meetings/:id/sign-in/manual', { schema: { tags, summary: '代为签到（或撤销）', params, body: s.manualSignInBody } }, async (req) =>
    signInByHand(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.get('/api/meetings/:id/attendance', { schema: { tags, summary: '出勤：应到、实到、缺席、迟到', params } }, async (req) => attendance(core.db, authOf(req).access, req.params.id));

  await minutesRoutes(app, core);
}
