import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import { getSettings, listDeliveries, putSettings, retryDelivery, sendTest } from './admin.js';
import { deliveriesQuery, listQuery, preferencesBody, settingsBody, testBody } from './schema.js';
import { getPreferences, listNotices, markAllRead, markRead, setPreferences, unreadCount } from './service.js';
import { NoticeStream } from './stream.js';

export async function notificationRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  const stream = new NoticeStream(core);
  app.addHook('preClose', async () => stream.close());

  // Everyone's own notices (消息中心); each person sees and changes only theirs.
  r.get('/api/notifications', { schema: { tags, summary: '我的消息：分页，可按未读与类别筛选', querystring: listQuery } }, async (req) =>
    listNotices(core, authOf(req).user.id, req.query),
  );
  r.get('/api/notifications/unread-count', { schema: { tags, summary: '我的未读消息数' } }, async (req) => ({
    count: await unreadCount(core.db, authOf(req).user.id),
  }));
  r.get('/api/notifications/stream', { schema: { tags, summary: '实时消息（server-sent events：notification 与 unread 事件）' } }, async (req, reply) => {
    const auth = authOf(req);
    await stream.open(req, reply, auth.user.id, auth.session.id);
  });
  r.post('/api/notifications/:id/read', { schema: { tags, summary: '标为已读', params: idParam } }, async (req) => {
    await markRead(core, ctxOf(req), authOf(req).user.id, req.params.id);
    return { ok: true };
  });
  r.post('/api/notifications/read-all', { schema: { tags, summary: '全部标为已读' } }, async (req) => markAllRead(core, ctxOf(req), authOf(req).user.id));
  r.get('/api/notifications/preferences', { schema: { tags, summary: '我的免打扰时段' } }, async (req) => getPreferences(core, authOf(req).user.id));
  r.put('/api/notifications/preferences', { schema: { tags, summary: '设置免打扰时段（单位时区；紧急消息不受限）', body: preferencesBody } }, async (req) =>
    setPreferences(core, ctxOf(req), authOf(req).user.id, req.body),
  );

  // The system administrator's: channels, test messages, the delivery log.
  r.get('/api/notifications/settings', { schema: { tags, summary: '消息通道设置（密码与密钥不返回）' } }, async (req) => getSettings(core, authOf(req).access));
  r.put('/api/notifications/settings', { schema: { tags, summary: '修改消息通道设置：SMTP、企业微信与钉钉群机器人、短信服务商', body: settingsBody } }, async (req) =>
    putSettings(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.post('/api/notifications/test', { schema: { tags, summary: '发送测试消息（立即发送并记入投递记录）', body: testBody } }, async (req) =>
    sendTest(core, ctxOf(req), authOf(req).access, req.body),
  );
  r.get('/api/notifications/deliveries', { schema: { tags, summary: '投递记录：可按状态与渠道筛选', querystring: deliveriesQuery } }, async (req) =>
    listDeliveries(core, authOf(req).access, req.query),
  );
  r.post('/api/notifications/deliveries/:id/retry', { schema: { tags, summary: '重试一条投递失败的记录', params: idParam } }, async (req) =>
    retryDelivery(core, ctxOf(req), authOf(req).access, req.params.id),
  );
}
