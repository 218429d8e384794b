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

/**
 * What the API's replies (JSON, files, errors) carry: the headers that guard a response that is not a
 * page (OWASP REST Security Cheat Sheet), the same Content-Security-Policy (Chrome draws a PDF opened
 * in a tab with inline styles under the PDF's own policy), and no-store, so that nothing a person was
 * shown stays in a browser's or a proxy's cache. The page-only headers (opener and agent-cluster
 * isolation, DNS prefetch, IE and Flash switches) do nothing here and cost every request.
 */
export function apiHeaders(hsts: boolean): Record<string, string> {
  const page = securityHeaders(hsts);
  const kept = ['content-security-policy', 'cross-origin-resource-policy', 'referrer-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options'];
  return { 'cache-control': 'no-store', ...Object.fromEntries(kept.filter((name) => name in page).map((name) => [name, page[name]])) };
}

/** The interactive API browser at /api/docs is a page. */
const isApi = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/docs');

/**
 * Sends the request's id and the security headers (HSTS only behind TLS) with every reply, errors and
 * static files included.
 */
export function registerReplyHeaders(app: FastifyInstance, hsts: boolean): void {
  const [page, api] = [securityHeaders(hsts), apiHeaders(hsts)];
  app.addHook('onRequest', (req, reply, done) => {
    reply.headers(isApi(req.url) ? api : page);
    reply.header('x-request-id', req.id);
    done();
  });
}
