import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { Core } from './platform/context.js';
import { registerAuthHook } from './platform/auth/hook.js';
import { registerErrorHandling } from './platform/http/errors.js';
import { registerReplyHeaders } from './platform/http/security-headers.js';
import { modules } from './modules/index.js';

export interface AppOptions {
  /** Folder of the built web app; served at / with client-side routing. */
  webRoot?: string;
  logger?: boolean;
}

const VERSION = '0.1.0';

export async function buildApp(core: Core, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: core.config.logLevel },
    bodyLimit: core.config.bodyLimit,
    trustProxy: core.config.trustProxy,
    // node:crypto's v4 draws on a pool of random bytes; uuid's v7 asks OpenSSL for 16 bytes each time.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Long path parameters reach the schema, which refuses them in the one error shape.
    routerOptions: { maxParamLength: 10_000 },
    logController: new LogController({
      disableRequestLogging: core.config.logLevel !== 'debug' && core.config.logLevel !== 'trace',
    }),
  });
  app.setValidatorCompiler(validatorCompiler);
  registerReplyHeaders(app, core.config.secureCookies);
  const webRoot = opts.webRoot ?? defaultWebRoot();
  const spa = !!webRoot && fs.existsSync(path.join(webRoot, 'index.html'));
  if (spa) await app.register(fastifyStatic, { root: webRoot!, wildcard: false, index: 'index.html', maxAge: '1h' });
  registerErrorHandling(app, spa);

  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: '通办 Tongban API', version: VERSION, description: '通办办公自动化系统接口。会话 Cookie 登录；修改类请求须带 X-CSRF-Token 头。' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  registerAuthHook(app, core);

  app.get('/api/health', { config: { public: true }, schema: { tags: ['system'], summary: '健康检查' } }, async () => ({ status: 'ok' }));
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  for (const m of modules) await m.routes(app, core);

  return app;
}

function defaultWebRoot(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.resolve(here, '../web'), path.resolve(here, '../../dist/web')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

export { VERSION };
