import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import { KIND_TEMPLATES } from './kinds.js';
import { createDocument, saveDocument, submitDocument } from './service/drafts.js';
import { compareRevisions, getDocument, getRevision, listDocuments } from './service/queries.js';
import { annotate, replyToAnnotation, resolveAnnotation } from './service/annotations.js';
import { distribute, distributionBoard, receivedCopies, recallDistribution, remindRecipient, signFor } from './service/distribution.js';
import { createExternalUnit, listExternalUnits } from './service/external-units.js';
import { searchDocuments } from './service/search.js';
import { suggestKeywords } from './keywords.js';
import { addNumberRule, numberRegister, numberRules, reserve, voidTaken } from './service/register.js';
import * as s from './schema.js';
import { openDocument } from './policy.js';
import { incomingRoutes } from './routes-incoming.js';
import { attachFiles, downloadAttachment, listAttachments, removeAttachment, reviseAttachment } from './service/document-attachments.js';
import { documentText } from './service/attachments.js';
import { circulationRoutes } from './routes-circulation.js';
import { archiveRoutes } from './routes-archive.js';

// Rendering, sealing and packaging pull in pdfkit, pdf-lib, fonts and SM2: loaded on first use, not at start-up.
const issue = () => import('./service/issue.js');
const seals = () => import('./service/seals.js');
const archive = () => import('./service/archive.js');

export async function documentRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];

  r.get('/api/documents/kinds', { schema: { tags, summary: '公文文种及其模板（15 种）' } }, async () =>
    Object.entries(KIND_TEMPLATES).map(([kind, t]) => ({ kind, name: t.name, direction: t.direction })),
  );
  r.get('/api/documents', { schema: { tags, summary: '发文列表：我拟的、待我办的、全部可见的', querystring: s.listQuery } }, async (req) =>
    listDocuments(core, ctxOf(req), authOf(req).access, req.query),
  );
  r.post('/api/documents', { schema: { tags, summary: '按文种模板拟稿', body: s.createBody } }, async (req) =>
    createDocument(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.get('/api/documents/:id', { schema: { tags, summary: '发文稿纸：正文、修改稿次、批注、流程与可执行操作', params: idParam } }, async (req) =>
    getDocument(core, ctxOf(req), authOf(req), req.params.id),
  );
  r.put('/api/documents/:id', { schema: { tags, summary: '保存稿纸（正文或标题改动记为新的一稿）', params: idParam, body: s.saveBody } }, async (req) =>
    saveDocument(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.post('/api/documents/:id/submit', { schema: { tags, summary: '送审（进入发文流程）或退回后重新送审', params: idParam, body: s.submitBody } }, async (req) =>
    submitDocument(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.get('/api/documents/:id/revisions/:revision', { schema: { tags, summary: '某一稿的正文', params: s.revisionParams } }, async (req) =>
    getRevision(core, ctxOf(req), authOf(req), req.params.id, req.params.revision),
  );
  r.get('/api/documents/:id/compare', { schema: { tags, summary: '比较两稿（按词标出增删）', params: idParam, querystring: s.compareQuery } }, async (req) =>
    compareRevisions(core, ctxOf(req), authOf(req), req.params.id, req.query.from, req.query.to),
  );
  r.post('/api/documents/:id/annotations', { schema: { tags, summary: '添加批注（锚定在某一稿的一段文字上）', params: idParam, body: s.annotationBody } }, async (req) =>
    annotate(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.post('/api/documents/:id/annotations/:annotationId/replies', { schema: { tags, summary: '回复批注', params: s.annotationParams, body: s.replyBody } }, async (req) =>
    replyToAnnotation(core, ctxOf(req), authOf(req).access, req.params.id, req.params.annotationId, req.body.body),
  );
  r.post('/api/documents/:id/annotations/:annotationId/resolve', { schema: { tags, summary: '批注标为已解决或重新打开', params: s.annotationParams, body: s.resolveBody } }, async (req) => {
    await resolveAnnotation(core, ctxOf(req), authOf(req).access, req.params.id, req.params.annotationId, req.body.resolved);
    return { ok: true };
  });

  r.get('/api/documents/:id/attachments', { schema: { tags, summary: '附件与扫描件（含各版本）', params: idParam } }, async (req) =>
    listAttachments(core, ctxOf(req), authOf(req), req.params.id),
  );
  r.get('/api/documents/:id/attachments/:attachmentId/file', { schema: { tags, summary: '下载附件的某一版（涉密公文为加水印的 PDF，并记录）', params: s.attachmentFileParams } }, async (req, reply) => {
    const file = await downloadAttachment(core, ctxOf(req), authOf(req), req.params.id, req.params.attachmentId);
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    return reply.type(file.mime).send(file.data);
  });
  r.post('/api/documents/:id/attachments', { schema: { tags, summary: '添加附件（先上传文件）', params: idParam, body: s.attachBody } }, async (req) =>
    attachFiles(core, ctxOf(req), authOf(req).access, req.params.id, req.body.fileIds),
  );
  r.post('/api/documents/:id/attachments/:groupId/versions', { schema: { tags, summary: '上传附件的新版本', params: s.attachmentParams, body: s.reviseBody } }, async (req) =>
    reviseAttachment(core, ctxOf(req), authOf(req).access, req.params.id, req.params.groupId, req.body.fileId),
  );
  r.delete('/api/documents/:id/attachments/:groupId', { schema: { tags, summary: '删除附件（各版本留档）', params: s.attachmentParams } }, async (req) =>
    removeAttachment(core, ctxOf(req), authOf(req).access, req.params.id, req.params.groupId),
  );
  r.post('/api/documents/:id/distribute', { schema: { tags, summary: '分发：内部科室进收文，外单位发邮件或记纸质', params: idParam, body: s.distributeBody } }, async (req) =>
    distribute(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.get('/api/documents/:id/distributions', { schema: { tags, summary: '分发签收情况', params: idParam } }, async (req) =>
    distributionBoard(core, authOf(req).access, req.params.id),
  );
  r.post('/api/document-distributions/:id/remind', { schema: { tags, summary: '催收（每份每小时一次）', params: idParam } }, async (req) => {
    await remindRecipient(core, ctxOf(req), authOf(req).access, req.params.id);
    return { ok: true };
  });
  r.post('/api/document-distributions/:id/recall', { schema: { tags, summary: '撤回未签收的一份', params: idParam } }, async (req) => {
    await recallDistribution(core, ctxOf(req), authOf(req).access, req.params.id);
    return { ok: true };
  });
  r.post('/api/document-distributions/:id/sign', { schema: { tags, summary: '签收（收文科室的文书）', params: idParam } }, async (req) => {
    await signFor(core, ctxOf(req), authOf(req).access, req.params.id);
    return { ok: true };
  });
  r.get('/api/document-distributions', { schema: { tags, summary: '本科室待签收 / 已签收的来文', querystring: s.receivedQuery } }, async (req) =>
    receivedCopies(core, authOf(req).access, req.query.status),
  );
  r.get('/api/external-units', { schema: { tags, summary: '外单位名录' } }, async (req) => listExternalUnits(core, authOf(req).access));
  r.post('/api/external-units', { schema: { tags, summary: '新增外单位', body: s.externalUnitBody } }, async (req) =>
    createExternalUnit(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.post('/api/documents/:id/number', { schema: { tags, summary: '编号：按文号规则取下一个文号', params: idParam, body: s.numberBody } }, async (req) =>
    (await issue()).takeNumber(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.post('/api/documents/:id/formal', { schema: { tags, summary: '用印排版：生成国标版式 PDF（盖章并签名）和 DOCX', params: idParam, body: s.formalBody } }, async (req) =>
    (await issue()).issueFormal(core, ctxOf(req), authOf(req).access, req.params.id, req.body),
  );
  r.get('/api/seals', { schema: { tags, summary: '电子印章' } }, async (req) => (await seals()).listSeals(core, authOf(req).access));
  r.post('/api/seals', { schema: { tags, summary: '制作电子印章（生成印模与 SM2 密钥）', body: s.sealBody } }, async (req) =>
    (await seals()).createSeal(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.get('/api/seals/:id/picture', { schema: { tags, summary: '印模（SVG）', params: idParam } }, async (req, reply) =>
    reply.type('image/svg+xml').send(await (await seals()).sealPicture(core, authOf(req).access, req.params.id)),
  );
  r.post('/api/seals/verify', { schema: { tags, summary: '核验 PDF 的电子签章（先上传文件）', body: s.verifyBody } }, async (req) =>
    (await seals()).verifyFile(core, authOf(req).access, req.body.fileId),
  );
  r.get('/api/documents/search', { schema: { tags, summary: '公文全文检索（标题、文号、正文；只在可见范围内计数）', querystring: s.searchQuery } }, async (req) =>
    searchDocuments(core, ctxOf(req), authOf(req).access, req.query),
  );
  r.get('/api/documents/:id/processing-form', { schema: { tags, summary: '发文稿纸（处理单）PDF：各环节意见与签名', params: idParam } }, async (req, reply) => {
    const { name, pdf } = await (await issue()).processingFormPdf(core, ctxOf(req), authOf(req), req.params.id);
    reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}`);
    return reply.type('application/pdf').send(pdf);
  });
  r.get('/api/documents/:id/formal/:format', { schema: { tags, summary: '下载正式文件（涉密公文仅 PDF，加水印并记录）', params: s.formalParams } }, async (req, reply) => {
    const file = await (await issue()).downloadFormal(core, ctxOf(req), authOf(req), req.params.id, req.params.format);
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    return reply.type(file.mime).send(file.data);
  });
  r.post('/api/documents/:id/archive', { schema: { tags, summary: '归档：一文一档（正式文件、稿纸、各稿、批注、办理过程、元数据与 SM3 清单）', params: idParam, body: s.archiveBody } }, async (req) =>
    (await archive()).archiveDocument(core, ctxOf(req), authOf(req), req.params.id, req.body),
  );
  r.get('/api/documents/:id/keywords', { schema: { tags, summary: '归档关键词建议', params: idParam } }, async (req) => {
    const doc = await openDocument(core, ctxOf(req), authOf(req), req.params.id);
    return { keywords: suggestKeywords(`${doc.title}\n${await documentText(core.db, doc)}`) };
  });
  r.get('/api/document-number-rules', { schema: { tags, summary: '文号规则' } }, async (req) => numberRules(core, authOf(req).access));
  r.post('/api/document-number-rules', { schema: { tags, summary: '新增文号规则（机关代字、适用文种）', body: s.ruleBody } }, async (req) =>
    addNumberRule(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.get('/api/document-numbers', { schema: { tags, summary: '发文登记簿：每个文号及其去向', querystring: s.registerQuery } }, async (req) =>
    numberRegister(core, authOf(req).access, req.query),
  );
  r.post('/api/document-numbers/reserve', { schema: { tags, summary: '预留文号', body: s.reserveBody } }, async (req) => reserve(core, ctxOf(req), authOf(req).access, req.body));
  r.post('/api/document-numbers/:id/void', { schema: { tags, summary: '作废文号（须填原因，登记簿中保留）', params: idParam, body: s.voidBody } }, async (req) =>
    voidTaken(core, ctxOf(req), authOf(req).access, req.params.id, req.body.reason),
  );
  await incomingRoutes(app, core);
  await circulationRoutes(app, core);
  await archiveRoutes(app, core);
}
