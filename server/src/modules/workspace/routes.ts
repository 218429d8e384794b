import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { workspaceBody } from './schema.js';
import { getWorkspace, saveWorkspace, workspaceSummary } from './service.js';

export async function workspaceRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workspace'];
  r.get('/api/workspace', { schema: { tags, summary: '本人工作台：已选组件（按顺序）及可选组件' } }, async (req) =>
    getWorkspace(core, authOf(req).access),
  );
  r.put('/api/workspace', { schema: { tags, summary: '保存本人工作台的组件及顺序', body: workspaceBody } }, async (req) =>
    saveWorkspace(core, ctxOf(req), authOf(req).access, req.body.widgets),
  );
  r.get('/api/workspace/summary', { schema: { tags, summary: '工作台组件用的统计数字（按权限给出）' } }, async (req) =>
    workspaceSummary(core, authOf(req).access),
  );
}
