import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam, pageQuery, text } from '../../platform/http/validation.js';
import { addReaders, markRead, remindReaders, startCirculation } from './service/circulation.js';
import { circulationDetail, circulationsStartedByMe, circulationsToMe, documentCirculations } from './service/circulation-queries.js';
import { grantAccess, listGrants, lookupDocuments, revokeGrant } from './service/grants.js';
import { addTerminal, listTerminals, updateTerminal } from './service/terminals.js';

const readerIds = z.array(z.uuid()).min(1).max(100);
const startBody = z.strictObject({ mode: z.enum(['sequential', 'parallel']), readerIds, note: text(500).default('') });
const readBody = z.strictObject({ opinion: text(1000).default('') });
const readersBody = z.strictObject({ readerIds });
const inboxQuery = z.strictObject({ box: z.enum(['unread', 'read']).default('unread'), ...pageQuery });
const startedQuery = z.strictObject({ status: z.enum(['running', 'finished']).optional(), ...pageQuery });
const grantQuery = z.strictObject({ documentId: z.uuid().optional(), status: z.enum(['active', 'expired', 'revoked']).optional(), ...pageQuery });
const lookupQuery = z.strictObject({ q: text(100, 1) });
const grantBody = z.strictObject({
  documentId: z.uuid(),
  userId: z.uuid(),
  reason: text(200, 1),
  expiresOn: z.iso.date().optional(),
});
const terminalBody = z.strictObject({ name: text(60, 1), cidr: text(64, 1), active: z.boolean().optional() });

/** 传阅, need-to-know grants (知悉范围授权) and approved terminals (涉密终端). */
export async function circulationRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];

  r.post('/api/documents/:id/circulations', { schema: { tags, summary: '发起传阅（依次或同时；传阅人须具备相应涉密等级）', params: idParam, body: startBody } }, async (req) =>
    startCirculation(core, ctxOf(req), authOf(req), req.params.id, req.body),
  );
  r.get('/api/documents/:id/circulations', { schema: { tags, summary: '本文的传阅及阅读情况', params: idParam } }, async (req) =>
    documentCirculations(core, ctxOf(req), authOf(req), req.params.id),
  );
  r.get('/api/circulations', { schema: { tags, summary: '传阅给我：待阅 / 已阅', querystring: inboxQuery } }, async (req) => circulationsToMe(core, ctxOf(req), authOf(req).access, req.query));
  r.get('/api/circulations/started', { schema: { tags, summary: '我发起的传阅：进度与未阅人员', querystring: startedQuery } }, async (req) =>
    circulationsStartedByMe(core, ctxOf(req), authOf(req).access, req.query),
  );
  r.get('/api/circulations/:id', { schema: { tags, summary: '一次传阅：各传阅人的状态、阅毕时间与阅示意见', params: idParam } }, async (req) =>
    circulationDetail(core, ctxOf(req), authOf(req), req.params.id),
  );
  r.post('/api/circulations/:id/read', { schema: { tags, summary: '阅毕（可填阅示意见）', params: idParam, body: readBody } }, async (req) =>
    markRead(core, ctxOf(req), authOf(req), req.params.id, req.body.opinion),
  );
  r.post('/api/circulations/:id/remind', { schema: { tags, summary: '催阅（每次传阅每小时一次）', params: idParam } }, async (req) =>
    remindReaders(core, ctxOf(req), authOf(req), req.params.id),
  );
  r.post('/api/circulations/:id/readers', { schema: { tags, summary: '增加传阅人', params: idParam, body: readersBody } }, async (req) =>
    addReaders(core, ctxOf(req), authOf(req), req.params.id, req.body.readerIds),
  );

  r.get('/api/document-grants', { schema: { tags, summary: '知悉范围授权（全部或某一公文）', querystring: grantQuery } }, async (req) => listGrants(core, authOf(req).access, req.query));
  r.get('/api/document-grants/documents', { schema: { tags, summary: '按文号、收文编号查找要授权的公文（无权查阅的不显示标题）', querystring: lookupQuery } }, async (req) =>
    lookupDocuments(core, authOf(req).access, req.query.q),
  );
  r.post('/api/document-grants', { schema: { tags, summary: '授权某人知悉某一公文（不降低涉密等级要求）', body: grantBody } }, async (req) =>
    grantAccess(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.post('/api/document-grants/:id/revoke', { schema: { tags, summary: '撤销知悉授权', params: idParam } }, async (req) => {
    await revokeGrant(core, ctxOf(req), authOf(req).access, req.params.id);
    return { ok: true };
  });

  r.get('/api/approved-terminals', { schema: { tags, summary: '涉密终端：可查阅机密级以上公文的地址段' } }, async (req) => listTerminals(core, ctxOf(req), authOf(req).access));
  r.post('/api/approved-terminals', { schema: { tags, summary: '批准涉密终端（IPv4/IPv6 地址或 CIDR 地址段）', body: terminalBody } }, async (req) =>
    addTerminal(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.put('/api/approved-terminals/:id', { schema: { tags, summary: '修改、启用或停用涉密终端', params: idParam, body: terminalBody } }, async (req) => {
    await updateTerminal(core, ctxOf(req), authOf(req).access, req.params.id, req.body);
    return { ok: true };
  });
}
