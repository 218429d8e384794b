import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import * as s from './schema-incoming.js';
import { archiveBody } from './schema.js';
import { duplicateOf, prefillFromDistribution, registerIncoming } from './service/incoming.js';
import { getIncoming, listIncoming } from './service/incoming-queries.js';
import { addProgress, archiveIncoming, conclude, decide, supervise } from './service/incoming-handling.js';

/** 收文: 登记 (with duplicate detection and the electronic arrival pre-filled), 拟办, 批示, 承办, 督办, 办结, 归档. */
export async function incomingRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['incoming'];
  r.get('/api/incoming', { schema: { tags, summary: '收文列表：待我办理、我登记的、全部、督办', querystring: s.incomingListQuery } }, async (req) =>
    listIncoming(core, ctxOf(req), authOf(req).access, req.query),
  );
  r.get('/api/incoming/duplicate', { schema: { tags, summary: '重复来文检查（来文单位 + 来文文号）', querystring: s.duplicateQuery } }, async (req) =>
    duplicateOf(core, authOf(req).access, req.query.sourceUnit, req.query.sourceDocNo),
  );
  r.get('/api/incoming/prefill/:distributionId', { schema: { tags, summary: '本单位电子分发来文的登记预填', params: s.distributionParams } }, async (req) =>
    prefillFromDistribution(core, authOf(req).access, req.params.distributionId),
  );
  r.post('/api/incoming', { schema: { tags, summary: '收文登记（自动编收文编号，启动收文流程）', body: s.registerIncomingBody } }, async (req) =>
    registerIncoming(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.get('/api/incoming/:id', { schema: { tags, summary: '收文处理单', params: idParam } }, async (req) => getIncoming(core, ctxOf(req), authOf(req), req.params.id));
  r.post('/api/incoming/:id/propose', { schema: { tags, summary: '拟办：提出承办科室、期限与是否督办', params: idParam, body: s.proposeBody } }, async (req) =>
    decide(core, ctxOf(req), authOf(req).access, req.params.id, 'propose', req.body),
  );
  r.post('/api/incoming/:id/instruct', { schema: { tags, summary: '领导批示', params: idParam, body: s.decideBody } }, async (req) =>
    decide(core, ctxOf(req), authOf(req).access, req.params.id, 'instruct', req.body),
  );
  r.post('/api/incoming/:id/progress', { schema: { tags, summary: '记录办理（督办）进展', params: idParam, body: s.progressBody } }, async (req) =>
    addProgress(core, ctxOf(req), authOf(req).access, req.params.id, req.body.body),
  );
  r.post('/api/incoming/:id/conclude', { schema: { tags, summary: '办结（填写办理结果）', params: idParam, body: s.concludeBody } }, async (req) =>
    conclude(core, ctxOf(req), authOf(req).access, req.params.id, req.body.result),
  );
  r.post('/api/incoming/:id/supervise', { schema: { tags, summary: '督办标记与期限', params: idParam, body: s.superviseBody } }, async (req) =>
    supervise(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.post('/api/incoming/:id/archive', { schema: { tags, summary: '收文归档：一文一档', params: idParam, body: archiveBody } }, async (req) =>
    archiveIncoming(core, ctxOf(req), authOf(req), req.params.id, req.body),
  );
}
