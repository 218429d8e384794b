import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Core, Ctx } from '../context.js';
import { forbidden, unauthenticated, AppError } from '../errors.js';
import { pickLocale } from '../i18n/index.js';
import { keptAccess, loadAccess, type Access } from '../access/resolve.js';
import { sessionToken } from './cookie.js';
import { keptSession, loadSession, type LiveSession, type SessionUser } from './session.js';

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

/**
 * Attaches the session, its user and their access to every /api request; enforces CSRF and pending
 * steps. A request whose session and access are kept under the database's epoch goes on at once; only
 * the others wait for reads.
 */
export function registerAuthHook(app: FastifyInstance, core: Core): void {
  app.decorateRequest('auth', null);
  app.addHook('preHandler', (req, _reply, done) => {
    if (!req.url.startsWith('/api/')) return done();
    const token = sessionToken(req);
    if (!token) return done(admission(req, false));
    const epoch = core.database.epoch();
    const session = keptSession(core, token, epoch);
    const access = session && keptAccess(core.db, session.user.id, session.user.person_id, epoch);
    if (session && access) {
      req.auth = { session: session.session, user: session.user, access, epoch };
      return done(admission(req, true));
    }
    const admitted = async () => {
      req.auth = await readAuth(core, token, epoch);
      return admission(req, true);
    };
    admitted().then(done, done);
  });
}

async function readAuth(core: Core, token: string, epoch: number | null): Promise<Auth | null> {
  const loaded = await loadSession(core, token, epoch);
  if (!loaded) return null;
  const { session, user } = loaded;
  return { session, user, access: await loadAccess(core.db, user.id, user.person_id, epoch), epoch };
}

/** What stops a request once its caller is known: a failed CSRF check, no session, or a step still pending. */
function admission(req: FastifyRequest, sentToken: boolean): AppError | undefined {
  const auth = req.auth;
  if (UNSAFE.has(req.method)) {
    if (auth ? req.headers['x-csrf-token'] !== auth.session.csrf_token : !sameOrigin(req)) return new AppError('CSRF_FAILED', 403, 'error.csrf');
  }
  const pending = auth && pendingStep(auth);
  if (auth && !pending) return undefined;
  const config = req.routeOptions.config;
  if (config?.public || req.url.startsWith('/api/docs')) return undefined;
  if (!auth) return unauthenticated(sentToken ? 'auth.sessionExpired' : 'error.unauthenticated', sentToken ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  if (config?.allowPending) return undefined;
  return pending === 'changePassword'
    ? forbidden('auth.passwordChangeRequired', 'PASSWORD_CHANGE_REQUIRED')
    : forbidden('auth.totpEnrolmentRequired', 'TOTP_ENROLMENT_REQUIRED');
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
