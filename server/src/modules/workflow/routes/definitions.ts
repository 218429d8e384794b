import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../../platform/context.js';
import { authOf, ctxOf } from '../../../platform/auth/hook.js';
import { idParam } from '../../../platform/http/validation.js';
import { t } from '../../../platform/i18n/index.js';
import * as defs from '../service/definitions.js';
import { createDefinitionBody, listDefinitionsQuery, updateDefinitionBody } from '../schema.js';

export async function definitionRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workflow'];
  r.get('/api/workflow/definitions', { schema: { tags, summary: '流程列表（startable=true：我可发起的）', querystring: listDefinitionsQuery } }, async (req) =>
    defs.listDefinitions(core, authOf(req).access, { startable: req.query.startable === 'true' }),
  );
  r.get('/api/workflow/definitions/:id', { schema: { tags, summary: '流程定义（草稿与版本）', params: idParam } }, async (req) =>
    defs.getDefinition(core, authOf(req).access, req.params.id),
  );
  r.get('/api/workflow/definitions/:id/start-form', { schema: { tags, summary: '发起表单：已发布版本的表单、发起人字段权限与需发起人选择审批人的节点', params: idParam } }, async (req) =>
    defs.startForm(core, authOf(req).access, req.params.id),
  );
  r.post('/api/workflow/definitions', { schema: { tags, summary: '新建流程', body: createDefinitionBody } }, async (req) =>
    defs.createDefinition(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.put('/api/workflow/definitions/:id', { schema: { tags, summary: '保存流程草稿与设置', params: idParam, body: updateDefinitionBody } }, async (req) => {
    await defs.updateDefinition(core, ctxOf(req), authOf(req).access, req.params.id, req.body);
    return { ok: true };
  });
  r.post('/api/workflow/definitions/:id/validate', { schema: { tags, summary: '校验草稿', params: idParam } }, async (req) => {
    const d = await defs.getDefinition(core, authOf(req).access, req.params.id);
    const locale = ctxOf(req).locale;
    const problems = defs.draftProblems(d.tree, d.form, locale);
    return { ok: !problems.length, problems: problems.map((p) => ({ at: p.at, message: t(locale, p.key, p.params) })) };
  });
  r.post('/api/workflow/definitions/:id/publish', { schema: { tags, summary: '发布新版本（运行中的实例仍用原版本）', params: idParam } }, async (req) =>
    defs.publishDefinition(core, ctxOf(req), authOf(req).access, req.params.id),
  );
}
