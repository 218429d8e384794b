import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseCookie, stringifySetCookie } from 'cookie';
import { SESSION_COOKIE } from './session.js';

/**
 * The session token the browser sent, if any. The session cookie is the only one the server reads or
 * sets, so these two functions do it, and no plugin hooks into every request and every reply.
 */
export function sessionToken(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[SESSION_COOKIE] : undefined;
}

/**
 * Sets the session cookie (HttpOnly, SameSite=Lax, Secure over TLS, for as long as a session may
 * last), or with a null token clears it.
 */
export function setSessionCookie(reply: FastifyReply, token: string | null, { secure, maxAgeS }: { secure: boolean; maxAgeS: number }): void {
  const lifetime = token === null ? { maxAge: 0, expires: new Date(0) } : { maxAge: maxAgeS };
  reply.header('set-cookie', stringifySetCookie({ name: SESSION_COOKIE, value: token ?? '', path: '/', httpOnly: true, sameSite: 'lax', secure, ...lifetime }));
}
