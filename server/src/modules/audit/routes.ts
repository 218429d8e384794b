import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { auditExportQuery, auditQuery } from './schema.js';
import { auditActions, exportAudit, listAudit, verifyAudit } from './service.js';

export async function auditRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  const access = (req: Parameters<typeof authOf>[0]) => authOf(req).access;

  r.get('/api/audit', { schema: { tags, summary: '审计日志（新的在前；按操作人、操作、对象、结果、时间筛选）', querystring: auditQuery } }, async (req) =>
    listAudit(core, access(req), req.query),
  );
  r.get('/api/audit/actions', { schema: { tags, summary: '审计日志中出现过的操作代码' } }, async (req) => auditActions(core, access(req)));
  r.get('/api/audit/verify', { schema: { tags, summary: '校验审计日志的 SM3 哈希链' } }, async (req) => verifyAudit(core, access(req)));
  r.get('/api/audit/export.csv', { schema: { tags, summary: '导出审计日志为 CSV（UTF-8 带 BOM）', querystring: auditExportQuery } }, async (req, reply) => {
    const csv = await exportAudit(core, ctxOf(req), access(req), req.query);
    const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-${stamp}.csv"`)
      .send(csv);
  });
}
