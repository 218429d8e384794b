import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../../platform/context.js';
import { authOf, ctxOf } from '../../../platform/auth/hook.js';
import { idParam, JSON_TYPE } from '../../../platform/http/validation.js';
import { addSigner } from '../engine/add-signer.js';
import { intervene, markRead, urge, withdraw } from '../engine/instance-actions.js';
import { startInstance, submitInstance } from '../engine/start.js';
import { approve, reject, returnTask, transfer } from '../engine/task-actions.js';
import { getInstance } from '../service/instances.js';
import { inboxCounts, inboxJson } from '../service/inbox.js';
import * as s from '../schema.js';

export async function instanceRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workflow'];
  const headers = s.idempotencyHeader;
  const ok = { ok: true };

  r.post('/api/workflow/instances', { schema: { tags, summary: '发起（或保存草稿）', body: s.startBody, headers } }, async (req) =>
    startInstance(core, ctxOf(req), req.body),
  );
  r.get('/api/workflow/instances/:id', { schema: { tags, summary: '实例详情：表单、流程图、进度、意见轨迹、可执行操作', params: idParam } }, async (req) =>
    getInstance(core, authOf(req).access, req.params.id),
  );
  r.post('/api/workflow/instances/:id/submit', { schema: { tags, summary: '提交草稿或退回后重新提交', params: idParam, body: s.submitBody, headers } }, async (req) =>
    submitInstance(core, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/workflow/instances/:id/withdraw', { schema: { tags, summary: '撤回（下一步尚未处理时）', params: idParam, body: s.withdrawBody, headers } }, async (req) => {
    await withdraw(core, ctxOf(req), req.params.id, req.body);
    return ok;
  });
  r.post('/api/workflow/instances/:id/urge', { schema: { tags, summary: '催办（每项待办每小时一次）', params: idParam, body: s.urgeBody } }, async (req) =>
    urge(core, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/workflow/instances/:id/intervene', { schema: { tags, summary: '流程干预：转派、跳转、挂起、恢复、终止', params: idParam, body: s.interveneBody, headers } }, async (req) => {
    await intervene(core, ctxOf(req), authOf(req).access, req.params.id, req.body);
    return ok;
  });

  r.post('/api/workflow/tasks/:id/approve', { schema: { tags, summary: '同意 / 办理', params: idParam, body: s.approveBody, headers } }, async (req) => {
    await approve(core, ctxOf(req), req.params.id, req.body);
    return ok;
  });
  r.post('/api/workflow/tasks/:id/reject', { schema: { tags, summary: '不同意（结束为驳回）', params: idParam, body: s.rejectBody, headers } }, async (req) => {
    await reject(core, ctxOf(req), req.params.id, req.body);
    return ok;
  });
  r.post('/api/workflow/tasks/:id/return', { schema: { tags, summary: '退回：发起人、上一步或任一已过节点', params: idParam, body: s.returnBody, headers } }, async (req) => {
    await returnTask(core, ctxOf(req), req.params.id, req.body);
    return ok;
  });
  r.post('/api/workflow/tasks/:id/transfer', { schema: { tags, summary: '转办', params: idParam, body: s.transferBody, headers } }, async (req) => {
    await transfer(core, ctxOf(req), req.params.id, req.body);
    return ok;
  });
  r.post('/api/workflow/tasks/:id/add-signer', { schema: { tags, summary: '加签：前加签、后加签、并加签', params: idParam, body: s.addSignerBody, headers } }, async (req) => {
    await addSigner(core, ctxOf(req), req.params.id, req.body);
    return ok;
  });
  r.post('/api/workflow/tasks/:id/read', { schema: { tags, summary: '抄送已阅', params: idParam } }, async (req) => {
    await markRead(core, ctxOf(req), req.params.id);
    return ok;
  });

  r.get('/api/workflow/inbox/:box', { schema: { tags, summary: '待办 todo / 已办 done / 我发起的 started / 抄送我的 cc', params: s.inboxParams, querystring: s.inboxQuery } }, async (req, reply) =>
    reply
      .type(JSON_TYPE)
      .send(await inboxJson(core, authOf(req), req.params.box, { ...req.query, overdue: req.query.overdue === 'true', unread: req.query.unread === 'true' })),
  );
  r.get('/api/workflow/counts', { schema: { tags, summary: '待办、超时、未读抄送、进行中数量' } }, async (req) => inboxCounts(core, authOf(req).user.id));
}
