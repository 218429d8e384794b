import type { Config } from '../config.js';
import type { Core } from './context.js';
import { openDatabase } from './db/index.js';
import { EventBus } from './events/bus.js';
import { setUnitTimeZone } from './calendar/unit-zone.js';

export function createCore(config: Config): Core {
  setUnitTimeZone(config.timeZone);
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  return { db: database.db, dialect: database.dialect, database, config, bus: new EventBus() };
}
