import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import * as departments from './departments.js';
import * as posts from './posts.js';
import { addressBook, directoryUsers, orgChart } from './addressbook.js';
import { peopleRoutes } from './people-routes.js';
import {
  addressBookQuery,
  directoryUsersQuery,
  departmentCreateBody,
  departmentMoveBody,
  departmentUpdateBody,
  postCreateBody,
  postListQuery,
  postUpdateBody,
  treeQuery,
} from './schema.js';

export const IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;

/** The organisation's routes, in a scope of their own so multipart parsing stays here. */
export async function orgRoutes(app: FastifyInstance, core: Core): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: IMPORT_LIMIT_BYTES, files: 1, fields: 5 } });
    structureRoutes(scope, core);
    peopleRoutes(scope, core);
  });
}

function structureRoutes(app: FastifyInstance, core: Core): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['org'];
  const ok = { ok: true };

  r.get('/api/departments/tree', { schema: { tags, summary: '部门树', querystring: treeQuery } }, async (req) =>
    departments.tree(core, authOf(req).access, req.query.includeDisabled ?? false),
  );
  r.post('/api/departments', { schema: { tags, summary: '新建部门', body: departmentCreateBody } }, async (req) =>
    departments.create(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.put('/api/departments/:id', { schema: { tags, summary: '修改部门名称、编码、排序', params: idParam, body: departmentUpdateBody } }, async (req) => {
    await departments.update(core, ctxOf(req), authOf(req).access, req.params.id, req.body);
    return ok;
  });
  r.post('/api/departments/:id/move', { schema: { tags, summary: '移动部门到新的上级', params: idParam, body: departmentMoveBody } }, async (req) => {
    await departments.move(core, ctxOf(req), authOf(req).access, req.params.id, req.body);
    return ok;
  });
  r.post('/api/departments/:id/disable', { schema: { tags, summary: '停用部门', params: idParam } }, async (req) => {
    await departments.disable(core, ctxOf(req), authOf(req).access, req.params.id);
    return ok;
  });
  r.post('/api/departments/:id/enable', { schema: { tags, summary: '启用部门', params: idParam } }, async (req) => {
    await departments.enable(core, ctxOf(req), authOf(req).access, req.params.id);
    return ok;
  });

  r.get('/api/posts', { schema: { tags, summary: '岗位列表', querystring: postListQuery } }, async (req) =>
    posts.list(core, authOf(req).access, req.query.includeDisabled ?? false),
  );
  r.post('/api/posts', { schema: { tags, summary: '新建岗位', body: postCreateBody } }, async (req) =>
    posts.create(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.put('/api/posts/:id', { schema: { tags, summary: '修改岗位', params: idParam, body: postUpdateBody } }, async (req) => {
    await posts.update(core, ctxOf(req), authOf(req).access, req.params.id, req.body);
    return ok;
  });
  r.post('/api/posts/:id/disable', { schema: { tags, summary: '停用岗位', params: idParam } }, async (req) => {
    await posts.setEnabled(core, ctxOf(req), authOf(req).access, req.params.id, false);
    return ok;
  });
  r.post('/api/posts/:id/enable', { schema: { tags, summary: '启用岗位', params: idParam } }, async (req) => {
    await posts.setEnabled(core, ctxOf(req), authOf(req).access, req.params.id, true);
    return ok;
  });

  r.get('/api/addressbook', { schema: { tags, summary: '通讯录（在职人员，按姓名、拼音、首字母、手机查找）', querystring: addressBookQuery } }, async (req) =>
    addressBook(core, req.query),
  );
  r.get('/api/directory/users', { schema: { tags, summary: '人员选择（在职且有账号，返回用户编号）', querystring: directoryUsersQuery } }, async (req) =>
    directoryUsers(core, req.query),
  );
  r.get('/api/org-chart', { schema: { tags, summary: '组织架构图（含各部门负责人）' } }, async () => orgChart(core));
}
