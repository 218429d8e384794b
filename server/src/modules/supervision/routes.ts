import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import * as s from './schema.js';
import { createItem } from './service/items.js';
import { getItem, listItems } from './service/queries.js';
import { reportProgress, setMilestone, urge } from './service/progress.js';
import { conclude, confirmConclusion } from './service/conclusion.js';
import { requestExtension } from './service/extensions.js';
import { board } from './service/board.js';
import { issueBulletin, listBulletins } from './service/bulletin.js';

/** 督办: items and 整改, progress, 催办, 延期, 办结, 通报 and 考核. */
export async function supervisionRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['supervision'];
  const access = (req: Parameters<typeof authOf>[0]) => authOf(req).access;

  r.get('/api/supervision/items', { schema: { tags, summary: '我的督办 / 督办事项列表', querystring: s.listQuery } }, async (req) => listItems(core, access(req), req.query));
  r.post('/api/supervision/items', { schema: { tags, summary: '督办立项（督查员）：事项、领导批示或整改', body: s.createBody } }, async (req) =>
    createItem(core, ctxOf(req), access(req), req.body),
  );
  r.get('/api/supervision/items/:id', { schema: { tags, summary: '督办事项详情、节点、进展与延期', params: idParam } }, async (req) => getItem(core, access(req), req.params.id));
  r.post('/api/supervision/items/:id/reports', { schema: { tags, summary: '报送进展', params: idParam, body: s.reportBody } }, async (req) =>
    reportProgress(core, ctxOf(req), access(req), req.params.id, req.body),
  );
  r.post('/api/supervision/items/:id/urge', { schema: { tags, summary: '催办（每事项每小时至多一次）', params: idParam, body: s.urgeBody } }, async (req) =>
    urge(core, ctxOf(req), access(req), req.params.id, req.body.message),
  );
  r.post('/api/supervision/items/:id/conclude', { schema: { tags, summary: '办结：责任人申请，督查员确认或直接办结', params: idParam, body: s.concludeBody } }, async (req) =>
    conclude(core, ctxOf(req), access(req), req.params.id, req.body.result),
  );
  r.post('/api/supervision/items/:id/confirm', { schema: { tags, summary: '督查员确认或退回办结申请', params: idParam, body: s.confirmBody } }, async (req) =>
    confirmConclusion(core, ctxOf(req), access(req), req.params.id, req.body),
  );
  r.post('/api/supervision/items/:id/extensions', { schema: { tags, summary: '延期申请（走督办延期审批流程）', params: idParam, body: s.extensionBody } }, async (req) =>
    requestExtension(core, ctxOf(req), access(req), req.params.id, req.body),
  );
  r.put('/api/supervision/items/:id/milestones/:milestoneId', { schema: { tags, summary: '节点完成或重开', params: s.milestoneParams, body: s.milestoneBody } }, async (req) =>
    setMilestone(core, ctxOf(req), access(req), req.params.id, req.params.milestoneId, req.body.done),
  );
  r.get('/api/supervision/board', { schema: { tags, summary: '考核：各部门按期办结率、逾期数、在办数与月度趋势', querystring: s.boardQuery } }, async (req) =>
    board(core, access(req), req.query.year),
  );
  r.get('/api/supervision/bulletin.pdf', { schema: { tags, summary: '生成并下载督办通报（PDF），留存记录', querystring: s.bulletinQuery } }, async (req, reply) => {
    const { pdf, filename } = await issueBulletin(core, ctxOf(req), access(req), req.query.period);
    const name = encodeURIComponent(filename);
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${name}`).send(pdf);
  });
  r.get('/api/supervision/bulletins', { schema: { tags, summary: '已生成的督办通报' } }, async (req) => listBulletins(core, access(req)));
}
