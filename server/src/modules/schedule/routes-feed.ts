import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { ctxOf } from '../../platform/auth/hook.js';
import { notFound } from '../../platform/errors.js';
import { feedParams } from './schema.js';
import { createFeed, feedIcs, feedStatus, revokeFeed } from './service/feed.js';

/** Calendar apps poll a feed every few minutes at most; more than this from one address is not a calendar. */
const FEED_RATE_PER_MINUTE = 30;

export async function feedRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['schedule'];

  r.get('/api/schedule/feed', { schema: { tags, summary: '我的日历订阅地址是否已启用' } }, async (req) => feedStatus(core, ctxOf(req)));
  r.post('/api/schedule/feed', { schema: { tags, summary: '生成新的日历订阅地址（旧地址随即失效；地址只显示这一次）' } }, async (req) => createFeed(core, ctxOf(req)));
  r.delete('/api/schedule/feed', { schema: { tags, summary: '停用日历订阅地址' } }, async (req) => {
    await revokeFeed(core, ctxOf(req));
    return { ok: true };
  });

  // No login: the secret in the path is the credential, so Outlook, Thunderbird and phones can poll it.
  r.get(
    '/api/schedule/feed/:file',
    {
      config: { public: true, rateLimit: { max: FEED_RATE_PER_MINUTE, timeWindow: '1 minute' } },
      schema: { tags, summary: '日历订阅（iCalendar，无需登录，地址即凭据）', params: feedParams },
    },
    async (req, reply) => {
      const token = /^([A-Za-z0-9_-]{20,64})\.ics$/.exec(req.params.file)?.[1];
      if (!token) throw notFound();
      const ics = await feedIcs(core, token);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'inline; filename="tongban.ics"')
        .send(ics);
    },
  );
}
