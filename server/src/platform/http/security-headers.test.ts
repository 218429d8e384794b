import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { apiHeaders, securityHeaders } from './security-headers.js';

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

    it('come with API replies, errors included, as the API set: no page-only headers, nothing cached', async () => {
      for (const url of ['/api/health', '/api/auth/me', '/api/no-such-route']) {
        const { headers } = await t.app.inject(url);
        expect(headers).toMatchObject(apiHeaders(false));
        expect(headers).not.toHaveProperty('cross-origin-opener-policy');
        expect(headers).not.toHaveProperty('x-xss-protection');
      }
      expect(apiHeaders(false)).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN' });
      expect(apiHeaders(false)['content-security-policy']).toBe(securityHeaders(false)['content-security-policy']);
      expect(apiHeaders(true)['strict-transport-security']).toBe(securityHeaders(true)['strict-transport-security']);
    });

    it('come with pages as the whole set: the web app, the API browser, the public pages', async () => {
      for (const url of ['/', '/api/docs', '/verify/no-such-id']) {
        const { headers } = await t.app.inject(url);
        expect(headers).toMatchObject(securityHeaders(false));
      }
    });
  });
});
