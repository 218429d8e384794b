import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import { listUsers } from './list.js';
import { userCreateBody, userQuery } from './schema.js';
import { createUser, disableUser, enableUser, resetPassword, resetTotp, unlockUser } from './service.js';

export async function usersRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  const access = (req: Parameters<typeof authOf>[0]) => authOf(req).access;
  const ok = { ok: true } as const;

  r.get('/api/users', { schema: { tags, summary: '账号列表（含角色及来源）', querystring: userQuery } }, async (req) =>
    listUsers(core, access(req), req.query),
  );
  r.post('/api/users', { schema: { tags, summary: '新建账号：返回一次性初始密码，首次登录须修改', body: userCreateBody } }, async (req) =>
    createUser(core, ctxOf(req), access(req), req.body),
  );
  r.post('/api/users/:id/reset-password', { schema: { tags, summary: '重置密码：返回新初始密码，并结束其会话', params: idParam } }, async (req) =>
    resetPassword(core, ctxOf(req), access(req), req.params.id),
  );
  r.post('/api/users/:id/unlock', { schema: { tags, summary: '解除登录锁定', params: idParam } }, async (req) => {
    await unlockUser(core, ctxOf(req), access(req), req.params.id);
    return ok;
  });
  r.post('/api/users/:id/disable', { schema: { tags, summary: '停用账号并结束其会话', params: idParam } }, async (req) => {
    await disableUser(core, ctxOf(req), access(req), req.params.id);
    return ok;
  });
  r.post('/api/users/:id/enable', { schema: { tags, summary: '启用账号', params: idParam } }, async (req) => {
    await enableUser(core, ctxOf(req), access(req), req.params.id);
    return ok;
  });
  r.post('/api/users/:id/reset-totp', { schema: { tags, summary: '重置动态口令（须重新绑定）', params: idParam } }, async (req) => {
    await resetTotp(core, ctxOf(req), access(req), req.params.id);
    return ok;
  });
}
