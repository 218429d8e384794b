import type { FastifyInstance } from 'fastify';

/**
 * The security headers of every reply: helmet's defaults with our Content-Security-Policy (Ant
 * Design writes its CSS-in-JS into style tags, so inline styles are allowed). They never change
 * while the server runs, so they are built once; @fastify/helmet rebuilt them on every request.
 * security-headers.test.ts checks they equal what @fastify/helmet sends.
 */
export function securityHeaders(hsts: boolean): Record<string, string> {
  return {
    'content-security-policy': [
      "default-src 'self'",
      "base-uri 'self'",
      "font-src 'self' https: data:",
      "form-action 'self'",
      "frame-ancestors 'self'",
      "img-src 'self' data: blob:",
      "object-src 'none'",
      "script-src 'self'",
      "script-src-attr 'none'",
      "style-src 'self' 'unsafe-inline'",
      "connect-src 'self'",
    ].join(';'),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    ...(hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
  };
}

/** Sends the security headers (HSTS only behind TLS) with every reply, errors and static files included. */
export function registerSecurityHeaders(app: FastifyInstance, hsts: boolean): void {
  const headers = securityHeaders(hsts);
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
}
