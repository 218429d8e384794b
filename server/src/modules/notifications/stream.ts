import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../../platform/context.js';
import type { DomainEvent } from '../../platform/events/bus.js';
import { isoAfter, nowIso } from '../../platform/util.js';
import { noticesByIds, unreadCount } from './service.js';

/** Proxies drop a silent connection after a minute or so; a comment line keeps it open. */
const HEARTBEAT_MS = 25_000;

interface Client {
  userId: string;
  sessionId: string;
  out: ServerResponse;
}

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * The live side of the bell: server-sent events to each person's open pages. A new notice (the
 * `notification.created` event, after commit) is pushed with the new unread count; a connection ends
 * when its session ends (logout, expiry) or the server shuts down.
 */
export class NoticeStream {
  private readonly clients = new Set<Client>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: (() => void)[];

  constructor(private readonly core: Core) {
    // The person's page may be connected to another node than the one that wrote the notice.
    // Likewise the logged-out session's connections.
    core.bus.relayAcross('notification.created', 'notification.read', 'auth.loggedOut');
    this.unsubscribe = [
      core.bus.on('notification.created', (e) => void this.push(e).catch(() => undefined)),
      core.bus.on('notification.read', (e) => void this.refreshCount(String(e.payload.userId)).catch(() => undefined)),
      core.bus.on('auth.loggedOut', (e) => this.closeSession(String(e.payload.sessionId))),
    ];
    this.timer = setInterval(() => void this.heartbeat().catch(() => undefined), HEARTBEAT_MS);
    this.timer.unref();
  }

  async open(req: FastifyRequest, reply: FastifyReply, userId: string, sessionId: string): Promise<void> {
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const client: Client = { userId, sessionId, out };
    this.clients.add(client);
    req.raw.on('close', () => this.clients.delete(client));
    out.write(`retry: 5000\n\n${frame('unread', { count: await unreadCount(this.core.db, userId) })}`);
  }

  private async push(event: DomainEvent): Promise<void> {
    const ids = event.payload.ids as string[];
    const userIds = new Set(event.payload.userIds as string[]);
    const listening = new Set([...this.clients].filter((c) => userIds.has(c.userId)).map((c) => c.userId));
    for (const userId of listening) {
      const [notices, count] = await Promise.all([noticesByIds(this.core.db, userId, ids), unreadCount(this.core.db, userId)]);
      const text = notices.map((n) => frame('notification', n)).join('') + frame('unread', { count });
      for (const c of this.clients) if (c.userId === userId) c.out.write(text);
    }
  }

  /** Tells the person's pages the count changed (read on this or another device). */
  private async refreshCount(userId: string): Promise<void> {
    if (![...this.clients].some((c) => c.userId === userId)) return;
    const text = frame('unread', { count: await unreadCount(this.core.db, userId) });
    for (const c of this.clients) if (c.userId === userId) c.out.write(text);
  }

  private async heartbeat(): Promise<void> {
    if (!this.clients.size) return;
    const sessionIds = [...new Set([...this.clients].map((c) => c.sessionId))];
    const alive = await this.core.db
      .selectFrom('sessions')
      .select('id')
      .where('id', 'in', sessionIds)
      .where('expires_at', '>', nowIso())
      .where('last_seen_at', '>', isoAfter(-this.core.config.session.idleMs))
      .execute();
    const live = new Set(alive.map((s) => s.id));
    for (const c of this.clients) {
      if (live.has(c.sessionId)) c.out.write(': ping\n\n');
      else this.end(c);
    }
  }

  private end(c: Client): void {
    this.clients.delete(c);
    c.out.end();
  }

  private closeSession(sessionId: string): void {
    for (const c of this.clients) if (c.sessionId === sessionId) this.end(c);
  }

  close(): void {
    clearInterval(this.timer);
    for (const off of this.unsubscribe) off();
    for (const c of this.clients) this.end(c);
  }
}
