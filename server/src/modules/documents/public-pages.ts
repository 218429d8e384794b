import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { ctxOf, localeOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import { t } from '../../platform/i18n/index.js';
import type { Locale } from '../../platform/i18n/index.js';
import { AppError } from '../../platform/errors.js';
import { acknowledgeByToken, receiptByToken } from './service/distribution.js';
import { verificationFacts } from './service/queries.js';
import { tokenParams } from './schema.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page of its own (no login, no web app): what the QR code and the e-mail link open. */
function page(reply: FastifyReply, locale: Locale, title: string, rows: [string, string | null][], extra = '') {
  const body = rows
    .filter(([, v]) => v)
    .map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(v!)}</td></tr>`)
    .join('');
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title>` +
        `<style>body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:640px;margin:24px auto;padding:0 16px;color:#222}h1{font-size:20px}th{text-align:left;padding:6px 12px 6px 0;color:#666;white-space:nowrap;vertical-align:top}td{padding:6px 0;word-break:break-all}button{font-size:16px;padding:8px 20px;background:#1677ff;color:#fff;border:0;border-radius:6px}</style></head>` +
        `<body><h1>${escape(title)}</h1><table>${body}</table>${extra}</body></html>`,
    );
}

function notFoundPage(reply: FastifyReply, locale: Locale) {
  return page(reply.code(404), locale, t(locale, 'document.page.notFound'), []);
}

export async function publicPages(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const options = { config: { public: true }, schema: { hide: true } };

  r.get('/verify/:id', { ...options, schema: { hide: true, params: idParam } }, async (req, reply) => {
    const locale = localeOf(req);
    const facts = await verificationFacts(core, req.params.id).catch(() => null);
    if (!facts) return notFoundPage(reply, locale);
    return page(reply, locale, t(locale, 'document.page.verifyTitle'), [
      [t(locale, 'document.page.docNo'), facts.docNo],
      [t(locale, 'document.page.title'), facts.title],
      [t(locale, 'document.page.issuer'), facts.issuer],
      [t(locale, 'document.page.seal'), facts.seal],
      [t(locale, 'document.page.sealedAt'), facts.sealedAt && new Date(facts.sealedAt).toLocaleString(locale, { timeZone: core.config.timeZone, hour12: false })],
      [t(locale, 'document.page.digest'), facts.sm3],
    ], `<p>${escape(t(locale, 'document.page.verifyHint'))}</p><p><a href="/documents/${escape(req.params.id)}">${escape(t(locale, 'document.page.track'))}</a></p>`);
  });

  const receiptRows = (locale: Locale, row: Awaited<ReturnType<typeof receiptByToken>>): [string, string | null][] => [
    [t(locale, 'document.page.unit'), row.unit],
    [t(locale, 'document.page.docNo'), row.docNo],
    [t(locale, 'document.page.title'), row.title],
    [t(locale, 'document.page.status'), row.signedAt ? t(locale, 'document.page.acknowledged') : t(locale, 'document.page.waiting')],
  ];
  r.get('/receipt/:token', { ...options, schema: { hide: true, params: tokenParams } }, async (req, reply) => {
    const locale = localeOf(req);
    const row = await receiptByToken(core, req.params.token).catch(() => null);
    if (!row) return notFoundPage(reply, locale);
    const form = row.signedAt ? '' : `<form method="post"><button type="submit">${escape(t(locale, 'document.page.acknowledge'))}</button></form>`;
    return page(reply, locale, t(locale, 'document.page.receiptTitle'), receiptRows(locale, row), form);
  });
  r.post('/receipt/:token', { ...options, schema: { hide: true, params: tokenParams } }, async (req, reply) => {
    const locale = localeOf(req);
    const row = await acknowledgeByToken(core, ctxOf(req), req.params.token).catch((e: unknown) => {
      if (e instanceof AppError) return null;
      throw e;
    });
    if (!row) return notFoundPage(reply, locale);
    return page(reply, locale, t(locale, 'document.page.receiptTitle'), receiptRows(locale, row));
  });
}
