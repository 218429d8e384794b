import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Core, Ctx } from '../context.js';
import { forbidden, unauthenticated, AppError } from '../errors.js';
import { pickLocale } from '../i18n/index.js';
import { loadAccess, type Access } from '../access/resolve.js';
import { SESSION_COOKIE, loadSession, type LiveSession, type SessionUser } from './session.js';

export interface Auth {
  session: LiveSession;
  user: SessionUser;
  access: Access;
  /** The database's epoch (Database.epoch) when the request began, before anything was read. */
  epoch: number | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** Reachable without logging in. */
    public?: boolean;
    /** Reachable while the password must be changed or 2FA enrolled first. */
    allowPending?: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function pendingStep(auth: Auth): 'changePassword' | 'enrolTotp' | null {
  if (auth.user.must_change_password) return 'changePassword';
  if (auth.access.require2fa && !auth.user.totp_enabled) return 'enrolTotp';
  return null;
}

/** Attaches the session, its user and their access to every /api request; enforces CSRF and pending steps. */
export function registerAuthHook(app: FastifyInstance, core: Core): void {
  app.decorateRequest('auth', null);
  app.addHook('preHandler', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    const epoch = token ? core.database.epoch() : null;
    const loaded = token ? await loadSession(core, token, epoch) : null;
    if (loaded) {
      req.auth = { ...loaded, access: await loadAccess(core.db, loaded.user.id, loaded.user.person_id, epoch), epoch };
    }
    const config = req.routeOptions.config;
    if (UNSAFE.has(req.method)) {
      if (req.auth && req.headers['x-csrf-token'] !== req.auth.session.csrf_token) {
        throw new AppError('CSRF_FAILED', 403, 'error.csrf');
      }
      if (!req.auth && !sameOrigin(req)) throw new AppError('CSRF_FAILED', 403, 'error.csrf');
    }
    if (config?.public || req.url.startsWith('/api/docs')) return;
    if (!req.auth) throw unauthenticated(token ? 'auth.sessionExpired' : 'error.unauthenticated', token ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    const pending = pendingStep(req.auth);
    if (pending && !config?.allowPending) {
      throw pending === 'changePassword'
        ? forbidden('auth.passwordChangeRequired', 'PASSWORD_CHANGE_REQUIRED')
        : forbidden('auth.totpEnrolmentRequired', 'TOTP_ENROLMENT_REQUIRED');
    }
  });
}

/** Without a session the only defence is the origin: a browser always sends Origin on cross-site POSTs. */
function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export function ctxOf(req: FastifyRequest): Ctx {
  const user = req.auth?.user;
  return {
    actor: user ? { userId: user.id, username: user.username, displayName: user.display_name, personId: user.person_id } : null,
    ip: req.ip,
    userAgent: String(req.headers['user-agent'] ?? ''),
    requestId: String(req.id),
    locale: localeOf(req),
    ...idempotencyOf(req),
  };
}

function idempotencyOf(req: FastifyRequest): Pick<Ctx, 'idempotency'> {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || !key || key.length > 100) return {};
  return { idempotency: { key, route: `${req.method} ${req.routeOptions.url ?? req.url}` } };
}

export const localeOf = (req: FastifyRequest) =>
  pickLocale(
    (req.headers['x-tongban-locale'] as string | undefined) ?? req.auth?.user.locale,
    req.headers['accept-language'],
  );

/** The logged-in caller; routes marked public use this to insist anyway. */
export function authOf(req: FastifyRequest): Auth {
  if (!req.auth) throw unauthenticated();
  return req.auth;
}
