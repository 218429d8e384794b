import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam, JSON_TYPE } from '../../platform/http/validation.js';
import { invalid } from '../../platform/errors.js';
import * as people from './people.js';
import { exportPeople, importTemplate, XLSX_TYPE } from './excel.js';
import { importPeople } from './import.js';
import * as commands from './people-commands.js';
import { clearanceBody, exportQuery, leaveBody, peopleQuery, personJoinBody, personUpdateBody, transferBody } from './schema.js';

export function peopleRoutes(app: FastifyInstance, core: Core): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['org'];
  const ok = { ok: true };

  r.get('/api/people', { schema: { tags, summary: '人员台账（按数据范围）', querystring: peopleQuery } }, async (req, reply) =>
    reply.type(JSON_TYPE).send(await people.listJson(core, authOf(req), req.query)),
  );
  const attachment = (name: string) => `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;
  r.get('/api/people/export.xlsx', { schema: { tags, summary: '导出人员台账（Excel，按数据范围）', querystring: exportQuery } }, async (req, reply) => {
    const file = await exportPeople(core, ctxOf(req), authOf(req).access, req.query);
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment('人员台账.xlsx')).send(file);
  });
  r.get('/api/people/import-template.xlsx', { schema: { tags, summary: '人员导入模板（Excel）' } }, async (req, reply) => {
    const file = await importTemplate(core, authOf(req).access);
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment('人员导入模板.xlsx')).send(file);
  });
  r.post(
    '/api/people/import',
    { schema: { tags, summary: '从 Excel 导入人员（multipart 字段 file，≤ 5 MB；任一行出错则全部不导入）', consumes: ['multipart/form-data'] } },
    async (req) =>
      importPeople(core, ctxOf(req), authOf(req).access, async () => {
        const file = await req.file();
        if (!file || file.fieldname !== 'file') throw invalid('IMPORT_FAILED', 'org.importUnreadable', {}, { file: { key: 'validation.required' } });
        return file.toBuffer();
      }),
  );
  r.get('/api/people/:id', { schema: { tags, summary: '人员详情', params: idParam } }, async (req) =>
    people.get(core.db, authOf(req).access, req.params.id),
  );
  r.post('/api/people', { schema: { tags, summary: '人员入职（可同时开通账号，初始密码只返回一次）', body: personJoinBody } }, async (req) =>
    commands.join(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.put('/api/people/:id', { schema: { tags, summary: '修改人员信息', params: idParam, body: personUpdateBody } }, async (req) => {
    await commands.update(core, ctxOf(req), authOf(req).access, req.params.id, req.body);
    return ok;
  });
  r.post('/api/people/:id/transfer', { schema: { tags, summary: '人员调动（部门、岗位、兼职）', params: idParam, body: transferBody } }, async (req) => {
    await commands.transfer(core, ctxOf(req), authOf(req).access, req.params.id, req.body);
    return ok;
  });
  r.post('/api/people/:id/leave', { schema: { tags, summary: '人员离职（停用账号、结束会话、移交待办）', params: idParam, body: leaveBody } }, async (req) => {
    await commands.leave(core, ctxOf(req), authOf(req).access, req.params.id, req.body);
    return ok;
  });
  r.put('/api/people/:id/clearance', { schema: { tags, summary: '调整涉密等级（安全保密管理员）', params: idParam, body: clearanceBody } }, async (req) => {
    await commands.setClearance(core, ctxOf(req), authOf(req).access, req.params.id, req.body.clearance);
    return ok;
  });
}
