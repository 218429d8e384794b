import type { Config } from '../config.js';
import type { Database, Db, Dialect } from './db/index.js';
import type { EventBus } from './events/bus.js';
import type { Locale } from './i18n/index.js';

/** Who is acting. `null` actor in a Ctx means the system itself (jobs, CLI, seed). */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  personId: string | null;
}

export interface Ctx {
  actor: Actor | null;
  ip: string;
  userAgent: string;
  requestId: string;
  locale: Locale;
  /** From an Idempotency-Key header: a repeated request with the same key has one effect. */
  idempotency?: { key: string; route: string };
}

/** What every module's service is given: the database, settings and the event bus. */
export interface Core {
  db: Db;
  dialect: Dialect;
  database: Database;
  config: Config;
  bus: EventBus;
}

export const systemCtx = (requestId = 'system', locale: Locale = 'zh-CN'): Ctx => ({
  actor: null,
  ip: '',
  userAgent: 'tongban',
  requestId,
  locale,
});
