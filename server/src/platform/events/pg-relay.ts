import { randomUUID } from 'node:crypto';
import type Pg from 'pg';
import type { Logger } from 'pino';
import type { DomainEvent, EventBus } from './bus.js';

const CHANNEL = 'tongban_events';
/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
const MAX_PAYLOAD = 7900;
const RECONNECT_MS = 2000;

/**
 * Carries the bus's cross-node events between server nodes over PostgreSQL LISTEN/NOTIFY: each
 * node sends with NOTIFY and listens on one dedicated connection, ignoring its own messages (they
 * were delivered locally when published). A lost connection is reopened; events sent meanwhile are
 * missed, which the pages make good by reloading their counts when the stream reconnects.
 */
export async function startPgRelay(bus: EventBus, databaseUrl: string, log: Pick<Logger, 'warn'>): Promise<() => Promise<void>> {
  const node = randomUUID();
  // loaded here, as platform/db does, so a server on SQLite never loads the driver
  const { default: pg } = await import('pg');
  let client: Pg.Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: databaseUrl });
    c.on('error', (error) => {
      log.warn({ err: error }, 'event relay connection lost');
      if (client === c) reconnect();
    });
    c.on('notification', (message) => {
      if (!message.payload) return;
      const { from, event } = JSON.parse(message.payload) as { from: string; event: DomainEvent };
      if (from !== node) bus.deliver(event);
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  };
  const reconnect = () => {
    client = undefined;
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      connect().catch(reconnect);
    }, RECONNECT_MS);
    timer.unref();
  };

  await connect();
  bus.useRelay((event) => {
    const payload = JSON.stringify({ from: node, event });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) return log.warn({ type: event.type }, 'event too large to relay to other nodes');
    client?.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch((error) => log.warn({ err: error }, 'event relay send failed'));
  });
  return async () => {
    closed = true;
    clearTimeout(timer);
    bus.useRelay(undefined);
    await client?.end().catch(() => undefined);
  };
}
