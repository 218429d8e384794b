import { t, type Locale, type MessageKey, type Params } from './i18n/index.js';

/** A typed error with a stable code; turned into HTTP only at the edge (app.ts). */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly params: Params = {},
    /** Field messages: catalogue keys, or text already in the request's language. */
    readonly fields?: Record<string, { key: MessageKey; params?: Params } | string>,
  ) {
    super(code);
  }

  localized(locale: Locale): string {
    return t(locale, this.messageKey, this.params);
  }

  fieldMessages(locale: Locale): Record<string, string> | undefined {
    if (!this.fields) return undefined;
    return Object.fromEntries(Object.entries(this.fields).map(([k, v]) => [k, typeof v === 'string' ? v : t(locale, v.key, v.params)]));
  }
}

export const notFound = () => new AppError('NOT_FOUND', 404, 'error.notFound');
export const unauthenticated = (key: MessageKey = 'error.unauthenticated', code = 'UNAUTHENTICATED') =>
  new AppError(code, 401, key);
export const forbidden = (key: MessageKey = 'error.forbidden', code = 'FORBIDDEN') => new AppError(code, 403, key);
export const conflict = (code: string, key: MessageKey, params?: Params) => new AppError(code, 409, key, params);
export const invalid = (code: string, key: MessageKey, params?: Params, fields?: AppError['fields']) =>
  new AppError(code, 422, key, params, fields);
