import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';
import { t } from '../i18n/index.js';
import { localeOf } from '../auth/hook.js';
import { fieldMessages } from './validation.js';

/** Fastify's own client errors, mapped to our codes and messages. */
const FRAMEWORK_ERRORS: Record<string, { code: string; key: Parameters<typeof t>[1] }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'BAD_JSON', key: 'error.badJson' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BAD_JSON', key: 'error.badJson' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'BODY_TOO_LARGE', key: 'error.bodyTooLarge' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', key: 'error.unsupportedMediaType' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', key: 'error.validation' },
  FST_ERR_RATE_LIMIT_EXCEEDED: { code: 'RATE_LIMITED', key: 'error.rateLimited' },
  FST_REQ_FILE_TOO_LARGE: { code: 'FILE_TOO_LARGE', key: 'error.fileTooLarge' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', key: 'error.unsupportedMediaType' },
};

/** One error shape for every failure: {"error":{"code","message","fields"?}}; never a stack trace. */
export function registerErrorHandling(app: FastifyInstance, spa: boolean): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const locale = localeOf(req);
    if (err instanceof AppError) {
      return reply.code(err.status).send({ error: { code: err.code, message: err.localized(locale), fields: err.fieldMessages(locale) } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const input = err.validationContext === 'querystring' ? req.query : err.validationContext === 'params' ? req.params : req.body;
      return reply.code(400).send({
        error: { code: 'VALIDATION_FAILED', message: t(locale, 'error.validation'), fields: fieldMessages(err.validation, locale, input) },
      });
    }
    const known = err.statusCode === 429 ? FRAMEWORK_ERRORS.FST_ERR_RATE_LIMIT_EXCEEDED : err.code ? FRAMEWORK_ERRORS[err.code] : undefined;
    if (known || (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)) {
      const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
      return reply
        .code(status)
        .send({ error: { code: known?.code ?? 'BAD_REQUEST', message: t(locale, known?.key ?? 'error.validation') } });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: { code: 'INTERNAL', message: t(locale, 'error.internal', { requestId: String(req.id) }) } });
  });

  app.setNotFoundHandler((req, reply) => {
    // Client-side routes of the web app: any non-API GET that is not a file gets the app shell.
    if (spa && req.method === 'GET' && !req.url.startsWith('/api/')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: t(localeOf(req), 'error.routeNotFound') } });
  });
}
