import { hash, randomBytes } from 'node:crypto';
import type { Core } from '../context.js';
import type { Db, Tx } from '../db/index.js';
import { epochCaches } from '../db/epoch-cache.js';
import type { Session, User } from '../db/schema.js';
import { preparedQuery } from '../db/prepared.js';
import { isoAfter, newId, nowIso } from '../util.js';

export const SESSION_COOKIE = 'tb_session';
/** Writing last_seen on every request would make each read a write; a minute's precision is enough. */
const TOUCH_INTERVAL_MS = 60_000;

const hashToken = (token: string) => hash('sha256', token, 'hex');

export async function createSession(
  tx: Tx,
  core: Core,
  userId: string,
  meta: { ip: string; userAgent: string; secondFactor: boolean },
): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const now = nowIso();
  const session: Session = {
    id: newId(),
    token_hash: hashToken(token),
    user_id: userId,
    csrf_token: randomBytes(24).toString('base64url'),
    ip: meta.ip,
    user_agent: meta.userAgent.slice(0, 500),
    created_at: now,
    last_seen_at: now,
    expires_at: isoAfter(core.config.session.absoluteMs),
    second_factor_at: meta.secondFactor ? now : null,
  };
  await tx.insertInto('sessions').values(session).execute();
  return { token, session };
}

/** What a request knows of its session: never the token's hash. */
export type LiveSession = Pick<Session, 'id' | 'user_id' | 'csrf_token' | 'last_seen_at' | 'expires_at' | 'second_factor_at'>;
/** What a request knows of its account: not the password hash or the TOTP secrets, which are read where they are needed. */
export type SessionUser = Pick<
  User,
  'id' | 'person_id' | 'username' | 'display_name' | 'status' | 'must_change_password' | 'totp_enabled' | 'locale' | 'channels' | 'last_login_at'
>;

/**
 * A session and its account, in one read that every request makes: compiled once, and only the
 * columns a request uses (SQLite spends about a microsecond reading each column of a joined row).
 */
const sessionAndUser = preparedQuery<[tokenHash: string], SessionUser & { [K in keyof LiveSession as `session_${K}`]: LiveSession[K] }>((db) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.person_id',
      'users.username',
      'users.display_name',
      'users.status',
      'users.must_change_password',
      'users.totp_enabled',
      'users.locale',
      'users.channels',
      'users.last_login_at',
      'sessions.id as session_id',
      'sessions.user_id as session_user_id',
      'sessions.csrf_token as session_csrf_token',
      'sessions.last_seen_at as session_last_seen_at',
      'sessions.expires_at as session_expires_at',
      'sessions.second_factor_at as session_second_factor_at',
    ])
    .where('sessions.token_hash', '=', ''),
);

/**
 * A session and its account as requests share them, with its two times as numbers to compare with the
 * clock. Nothing changes it but a touch (its time).
 */
interface Kept {
  session: LiveSession;
  user: SessionUser;
  lastSeen: number;
  expires: number;
}

/** Sessions read under the database's current epoch, by token hash: most requests read nothing else. */
const liveSessions = epochCaches<string, Kept>(10_000);

async function sessionOf(core: Core, tokenHash: string, epoch: number | null): Promise<Kept | undefined> {
  const cache = liveSessions(core.database);
  const hit = cache.get(epoch, tokenHash);
  if (hit) return hit;
  const [row] = await sessionAndUser(core.db, tokenHash);
  if (!row) return undefined;
  const { session_id, session_user_id, session_csrf_token, session_last_seen_at, session_expires_at, session_second_factor_at, ...user } = row;
  const found = {
    session: {
      id: session_id,
      user_id: session_user_id,
      csrf_token: session_csrf_token,
      last_seen_at: session_last_seen_at,
      expires_at: session_expires_at,
      second_factor_at: session_second_factor_at,
    },
    user,
    lastSeen: Date.parse(session_last_seen_at),
    expires: Date.parse(session_expires_at),
  };
  cache.set(epoch, tokenHash, found);
  return found;
}

/** Whether a session has ended (account disabled, idle too long, past its end), is due a touch, or is live. */
function stateOf(core: Core, { user, lastSeen, expires }: Kept): 'ended' | 'touch' | 'live' {
  const now = Date.now();
  if (user.status !== 'active' || now > expires || now > lastSeen + core.config.session.idleMs) return 'ended';
  return now - lastSeen > TOUCH_INTERVAL_MS ? 'touch' : 'live';
}

/**
 * The live session and its user for a cookie token when they are kept under `epoch` and nothing needs
 * writing: no read and no wait, as most requests find them. Undefined sends the caller to loadSession.
 */
export function keptSession(core: Core, token: string, epoch: number | null): { session: LiveSession; user: SessionUser } | undefined {
  const found = liveSessions(core.database).get(epoch, hashToken(token));
  return found && stateOf(core, found) === 'live' ? found : undefined;
}

/**
 * The live session and its user for a cookie token, or null when missing, idle too long or past its
 * end. `epoch` is the database's, taken before anything was read. Shared between requests: never modify them.
 */
export async function loadSession(
  core: Core,
  token: string,
  epoch = core.database.epoch(),
): Promise<{ session: LiveSession; user: SessionUser } | null> {
  const found = await sessionOf(core, hashToken(token), epoch);
  if (!found) return null;
  const state = stateOf(core, found);
  if (state === 'ended') {
    await core.db.deleteFrom('sessions').where('id', '=', found.session.id).execute();
    return null;
  }
  if (state === 'touch') await touch(core, found);
  return found;
}

/**
 * Records that a session is in use. Quietly where the database can (Database.quietWrite): a minute's
 * touch of each active session would otherwise drop everything kept under the epoch, in a busy office
 * several times a second. The kept copy, the one reader of the time, takes it too.
 */
async function touch(core: Core, found: Kept): Promise<void> {
  const now = nowIso();
  if (!core.database.quietWrite('update sessions set last_seen_at = ? where id = ?', [now, found.session.id])) {
    await core.db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', found.session.id).execute();
  }
  found.session.last_seen_at = now;
  found.lastSeen = Date.parse(now);
}

export async function endSessionsOf(db: Db | Tx, userId: string, exceptSessionId?: string): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteExpiredSessions(core: Core): Promise<number> {
  const r = await core.db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', nowIso()), eb('last_seen_at', '<', isoAfter(-core.config.session.idleMs))]))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
