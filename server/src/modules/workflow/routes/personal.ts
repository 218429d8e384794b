import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../../platform/context.js';
import { authOf, ctxOf } from '../../../platform/auth/hook.js';
import { idParam } from '../../../platform/http/validation.js';
import * as personal from '../service/personal.js';
import { delegationBody, phraseBody } from '../schema.js';

export async function personalRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workflow'];
  r.get('/api/workflow/delegations', { schema: { tags, summary: '我的委托' } }, async (req) => personal.listDelegations(core, authOf(req).user.id));
  r.post('/api/workflow/delegations', { schema: { tags, summary: '设置委托（外出期间由他人代办）', body: delegationBody } }, async (req) =>
    personal.addDelegation(core, ctxOf(req), req.body),
  );
  r.delete('/api/workflow/delegations/:id', { schema: { tags, summary: '取消委托', params: idParam } }, async (req) => {
    await personal.removeDelegation(core, ctxOf(req), req.params.id);
    return { ok: true };
  });
  r.get('/api/workflow/phrases', { schema: { tags, summary: '我的常用语' } }, async (req) => personal.listPhrases(core, authOf(req).user.id));
  r.post('/api/workflow/phrases', { schema: { tags, summary: '添加常用语', body: phraseBody } }, async (req) => personal.addPhrase(core, ctxOf(req), req.body.text));
  r.delete('/api/workflow/phrases/:id', { schema: { tags, summary: '删除常用语', params: idParam } }, async (req) => {
    await personal.removePhrase(core, ctxOf(req), req.params.id);
    return { ok: true };
  });
}
