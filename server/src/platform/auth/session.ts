import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '../context.js';
import type { Db, Tx } from '../db/index.js';
import type { Session, User } from '../db/schema.js';
import { isoAfter, newId, nowIso } from '../util.js';

export const SESSION_COOKIE = 'tb_session';
/** Writing last_seen on every request would make each read a write; a minute's precision is enough. */
const TOUCH_INTERVAL_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

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

/** A session and its account, in one read. */
async function sessionAndUser(db: Db, tokenHash: string): Promise<{ session: Session; user: User } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token as session_csrf_token',
      'sessions.ip as session_ip',
      'sessions.user_agent as session_user_agent',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at as session_last_seen_at',
      'sessions.expires_at as session_expires_at',
      'sessions.second_factor_at as session_second_factor_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    session_id, session_csrf_token, session_ip, session_user_agent, session_created_at, session_last_seen_at, session_expires_at, session_second_factor_at,
    ...user
  } = row;
  const session: Session = {
    id: session_id,
    token_hash: tokenHash,
    user_id: user.id,
    csrf_token: session_csrf_token,
    ip: session_ip,
    user_agent: session_user_agent,
    created_at: session_created_at,
    last_seen_at: session_last_seen_at,
    expires_at: session_expires_at,
    second_factor_at: session_second_factor_at,
  };
  return { session, user };
}

/** The live session and its user for a cookie token, or null when missing, idle too long or past its end. */
export async function loadSession(core: Core, token: string): Promise<{ session: Session; user: User } | null> {
  const found = await sessionAndUser(core.db, hashToken(token));
  if (!found) return null;
  const { session, user } = found;
  const now = Date.now();
  const idleDeadline = Date.parse(session.last_seen_at) + core.config.session.idleMs;
  if (user.status !== 'active' || now > Date.parse(session.expires_at) || now > idleDeadline) {
    await core.db.deleteFrom('sessions').where('id', '=', session.id).execute();
    return null;
  }
  if (now - Date.parse(session.last_seen_at) > TOUCH_INTERVAL_MS) {
    await core.db.updateTable('sessions').set({ last_seen_at: nowIso() }).where('id', '=', session.id).execute();
  }
  return { session, user };
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
