import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { invalid } from '../../platform/errors.js';
import { idParam } from '../../platform/http/validation.js';
import { describeFiles, openFile, saveUpload } from '../../platform/files/files.js';

export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

const idsQuery = z.strictObject({
  ids: z
    .string()
    .max(3700)
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(z.uuid()).max(100)),
});

/** Upload, describe and download attachments; who may see a file is decided by what it is attached to. */
export async function fileRoutes(app: FastifyInstance, core: Core): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 2 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['files'];
    r.post('/api/files', { schema: { tags, summary: '上传附件（multipart 字段 file，20 MB 以内）' } }, async (req) => {
      const part = await req.file();
      if (!part || part.fieldname !== 'file') throw invalid('FILE_MISSING', 'validation.required', {}, { file: { key: 'validation.required' } });
      return saveUpload(core, ctxOf(req), { name: part.filename || 'file', mime: part.mimetype || 'application/octet-stream', data: await part.toBuffer() });
    });
    r.get('/api/files', { schema: { tags, summary: '附件信息（ids 逗号分隔；只返回有权查看的）', querystring: idsQuery } }, async (req) =>
      describeFiles(core, authOf(req).access, req.query.ids),
    );
    r.get('/api/files/:id', { schema: { tags, summary: '下载附件', params: idParam } }, async (req, reply) => {
      const { file, stream } = await openFile(core, authOf(req).access, req.params.id);
      reply.header('content-type', file.mime);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      return reply.send(stream);
    });
  });
}
