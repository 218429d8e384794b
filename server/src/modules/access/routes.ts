import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import { createGrant, deleteGrant, listGrants } from './grants.js';
import { createRole, deleteRole, listRoles, permissionCatalogue, updateRole } from './roles.js';
import { grantCreateBody, grantQuery, roleCreateBody, roleUpdateBody } from './schema.js';

export async function accessRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['access'];
  const access = (req: Parameters<typeof authOf>[0]) => authOf(req).access;

  r.get('/api/permissions', { schema: { tags, summary: '权限码目录（按模块分组，注明所属管理员类别）' } }, async (req) =>
    permissionCatalogue(access(req)),
  );
  r.get('/api/roles', { schema: { tags, summary: '角色列表（含授权数）' } }, async (req) => listRoles(core, access(req)));
  r.post('/api/roles', { schema: { tags, summary: '新建角色', body: roleCreateBody } }, async (req) =>
    createRole(core, ctxOf(req), access(req), req.body),
  );
  r.put('/api/roles/:id', { schema: { tags, summary: '修改角色（内置角色只能改名称、说明、动态口令要求）', params: idParam, body: roleUpdateBody } }, async (req) =>
    updateRole(core, ctxOf(req), access(req), req.params.id, req.body),
  );
  r.delete('/api/roles/:id', { schema: { tags, summary: '删除角色（内置角色或仍有授权时拒绝）', params: idParam } }, async (req) => {
    await deleteRole(core, ctxOf(req), access(req), req.params.id);
    return { ok: true };
  });

  r.get('/api/grants', { schema: { tags, summary: '授权列表', querystring: grantQuery } }, async (req) =>
    listGrants(core, access(req), req.query),
  );
  r.post('/api/grants', { schema: { tags, summary: '授权（给账号或岗位；可设到期时间）', body: grantCreateBody } }, async (req) =>
    createGrant(core, ctxOf(req), access(req), req.body),
  );
  r.delete('/api/grants/:id', { schema: { tags, summary: '收回授权', params: idParam } }, async (req) => {
    await deleteGrant(core, ctxOf(req), access(req), req.params.id);
    return { ok: true };
  });
}
