import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf } from '../../platform/auth/hook.js';
import { diagnostics } from './service.js';

export async function systemRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/system/diagnostics',
    { schema: { tags: ['system'], summary: '系统诊断：版本、数据库类型与大小、数据目录磁盘空间、任务积压' } },
    async (req) => diagnostics(core, authOf(req).access),
  );
}
