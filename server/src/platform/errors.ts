import type { MessageKey, Params } from './i18n/index.js';

/** A typed error with a stable code; turned into HTTP only at the edge (app.ts). */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly params: Params = {},
    readonly fields?: Record<string, { key: MessageKey; params?: Params }>,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError('NOT_FOUND', 404, 'error.notFound');
export const unauthenticated = (key: MessageKey = 'error.unauthenticated', code = 'UNAUTHENTICATED') =>
  new AppError(code, 401, key);
export const forbidden = (key: MessageKey = 'error.forbidden', code = 'FORBIDDEN') => new AppError(code, 403, key);
export const conflict = (code: string, key: MessageKey, params?: Params) => new AppError(code, 409, key, params);
export const invalid = (code: string, key: MessageKey, params?: Params, fields?: AppError['fields']) =>
  new AppError(code, 422, key, params, fields);
