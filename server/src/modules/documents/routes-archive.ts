import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam, pageQuery, text } from '../../platform/http/validation.js';
import { DOCUMENT_KINDS } from './kinds.js';
import { archiveEntry, searchArchive } from './service/archive-search.js';
import { listBorrowings, requestBorrowing, returnBorrowing } from './service/archive-borrowing.js';
import { executeDisposal, listDisposals, requestDisposal } from './service/archive-disposal.js';

const LEVEL = z.enum(['public', 'internal', 'secret', 'confidential', 'topSecret']);

const recordsQuery = z.strictObject({
  q: text(100).optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  retention: z.enum(['永久', '30年', '10年']).optional(),
  secretLevel: LEVEL.optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  page: pageQuery.page,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const borrowBody = z.strictObject({ reason: text(500, 2), days: z.number().int().min(1).max(30) });
const borrowingsQuery = z.strictObject({
  scope: z.enum(['mine', 'all']).default('mine'),
  status: z.enum(['pending', 'approved', 'rejected', 'returned', 'expired', 'withdrawn']).optional(),
  ...pageQuery,
});
const disposalBody = z.strictObject({ kind: z.enum(['return', 'destroy']), reason: text(500, 2) });
const disposalsQuery = z.strictObject({ status: z.enum(['pending', 'approved', 'rejected', 'withdrawn', 'done']).optional(), ...pageQuery });

/** 档案: the catalogue (档案检索), 借阅 and its register, and 清退/销毁 with the register of records that outlive the content. */
export async function archiveRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['archive'];

  r.get('/api/archive/records', { schema: { tags, summary: '档案检索：年度、保管期限、密级、文种、题名/文号/关键词（涉密且无知悉权限的只列档号等，不在涉密等级内的不列不计）', querystring: recordsQuery } }, async (req) =>
    searchArchive(core, ctxOf(req), authOf(req).access, req.query),
  );
  r.get('/api/archive/records/:id', { schema: { tags, summary: '一份档案的目录信息与清退/销毁情况', params: idParam } }, async (req) =>
    archiveEntry(core, authOf(req).access, req.params.id),
  );
  r.post('/api/archive/records/:id/borrowings', { schema: { tags, summary: '申请借阅档案（1–30 天，经档案员审批，秘密及以上另报主任）', params: idParam, body: borrowBody } }, async (req) =>
    requestBorrowing(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.get('/api/archive/borrowings', { schema: { tags, summary: '我的借阅，或借阅登记（档案员）', querystring: borrowingsQuery } }, async (req) =>
    listBorrowings(core, authOf(req).access, req.query),
  );
  r.post('/api/archive/borrowings/:id/return', { schema: { tags, summary: '归还借阅的档案（立即收回查阅权限）', params: idParam } }, async (req) => {
    await returnBorrowing(core, ctxOf(req), authOf(req).access, req.params.id);
    return { ok: true };
  });
  r.post('/api/archive/records/:id/disposals', { schema: { tags, summary: '申请清退或销毁涉密档案（档案员；办公室负责人、主任审批）', params: idParam, body: disposalBody } }, async (req) =>
    requestDisposal(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.get('/api/archive/disposals', { schema: { tags, summary: '清退与销毁登记簿（档案员）：申请、审批与销毁记录', querystring: disposalsQuery } }, async (req) =>
    listDisposals(core, authOf(req).access, req.query),
  );
  r.post('/api/archive/disposals/:id/execute', { schema: { tags, summary: '执行已批准的清退或销毁：清除正文、各稿、批注、文件与检索条目，留存销毁记录', params: idParam } }, async (req) =>
    executeDisposal(core, ctxOf(req), authOf(req).access, req.params.id),
  );
}
