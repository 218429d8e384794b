import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { securityHeaders } from './security-headers.js';

/** What @fastify/helmet sends with the options the app used to give it. */
async function helmetHeaders(hsts: boolean): Promise<Record<string, unknown>> {
  const app = Fastify();
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: hsts,
  });
  app.get('/', async () => 'ok');
  const { headers } = await app.inject('/');
  await app.close();
  const { 'content-type': _type, 'content-length': _length, date: _date, connection: _connection, ...security } = headers;
  return security;
}

describe('security headers', () => {
  it.each([false, true])('equal what @fastify/helmet sends (HSTS %s)', async (hsts) => {
    expect(securityHeaders(hsts)).toEqual(await helmetHeaders(hsts));
  });

  describe('on the app', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('sqlite');
    });
    afterAll(() => t.close());

    it('come with replies, errors included', async () => {
      for (const url of ['/api/health', '/api/auth/me', '/api/no-such-route']) {
        const { headers } = await t.app.inject(url);
        expect(headers).toMatchObject(securityHeaders(false));
      }
    });
  });
});
