import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { setSessionCookie } from '../../platform/auth/cookie.js';
import { loadAccess } from '../../platform/access/resolve.js';
import { policyProblems } from './password.js';
import * as service from './service.js';
import { changePasswordBody, historyQuery, loginBody, profileBody, totpCodeBody, totpDisableBody } from './schema.js';

export async function authRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const setCookie = (reply: FastifyReply, token: string | null) =>
    setSessionCookie(reply, token, {
      // Secure whenever the request came over TLS (directly, or through a trusted proxy), or when forced.
      secure: core.config.secureCookies || reply.request.protocol === 'https',
      maxAgeS: Math.floor(core.config.session.absoluteMs / 1000),
    });

  r.get('/api/auth/config', { config: { public: true }, schema: { tags, summary: '登录页配置（演示模式、密码策略）' } }, async () => ({
    demo: await service.isDemo(core),
    passwordPolicy: core.config.password,
  }));

  r.post(
    '/api/auth/login',
    {
      config: { public: true, rateLimit: { max: core.config.lockout.loginRatePerMinute, timeWindow: '1 minute' } },
      schema: { tags, summary: '登录（用户名、密码，启用动态口令时附 totp）', body: loginBody },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const { token, session } = await service.login(core, ctx, req.body);
      setCookie(reply, token);
      const user = await core.db.selectFrom('users').selectAll().where('id', '=', session.user_id).executeTakeFirstOrThrow();
      return service.me(core, { session, user, access: await loadAccess(core.db, user.id, user.person_id), epoch: null });
    },
  );

  r.get('/api/auth/me', { config: { allowPending: true }, schema: { tags, summary: '当前用户、权限与待完成步骤' } }, async (req) =>
    service.me(core, authOf(req)),
  );

  r.post('/api/auth/logout', { config: { allowPending: true }, schema: { tags, summary: '退出登录' } }, async (req, reply) => {
    await service.logout(core, ctxOf(req), authOf(req));
    setCookie(reply, null);
    return { ok: true };
  });

  r.post(
    '/api/auth/password',
    { config: { allowPending: true }, schema: { tags, summary: '修改本人密码', body: changePasswordBody } },
    async (req) => {
      await service.changePassword(core, ctxOf(req), authOf(req), req.body);
      return { ok: true };
    },
  );

  r.post(
    '/api/auth/password/check',
    { config: { allowPending: true }, schema: { tags, summary: '按密码策略检查新密码', body: changePasswordBody.pick({ newPassword: true }) } },
    async (req) => ({ problems: policyProblems(req.body.newPassword, authOf(req).user.username, core.config.password).map((p) => p.key) }),
  );

  r.post('/api/auth/totp/setup', { config: { allowPending: true }, schema: { tags, summary: '开始绑定动态口令：返回二维码' } }, async (req) =>
    service.startTotp(core, ctxOf(req), authOf(req)),
  );

  r.post(
    '/api/auth/totp/enable',
    { config: { allowPending: true }, schema: { tags, summary: '确认绑定动态口令：返回恢复码', body: totpCodeBody } },
    async (req) => service.enableTotp(core, ctxOf(req), authOf(req), req.body.code),
  );

  r.post('/api/auth/second-factor', { schema: { tags, summary: '二次验证（查看涉密公文前，10 分钟内有效）', body: totpCodeBody } }, async (req) =>
    service.confirmSecondFactor(core, ctxOf(req), authOf(req), req.body.code),
  );

  r.post('/api/auth/totp/disable', { schema: { tags, summary: '停用动态口令', body: totpDisableBody } }, async (req) => {
    await service.disableTotp(core, ctxOf(req), authOf(req), req.body);
    return { ok: true };
  });

  r.put('/api/auth/profile', { schema: { tags, summary: '个人设置：语言、通知渠道', body: profileBody } }, async (req) => {
    await service.updateProfile(core, ctxOf(req), authOf(req), req.body);
    return { ok: true };
  });

  r.get('/api/auth/login-history', { schema: { tags, summary: '本人登录记录', querystring: historyQuery } }, async (req) =>
    service.loginHistory(core, authOf(req), req.query.page, req.query.pageSize),
  );
}
