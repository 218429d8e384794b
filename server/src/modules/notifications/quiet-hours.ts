import type { Core } from '../../platform/context.js';
import { fromLocal, parseClock, toLocal } from '../../platform/calendar/zone.js';

/**
 * When the quiet period that `now` falls in ends (ms since epoch), or null when `now` is not in one.
 * start and end are 'HH:MM' wall-clock times in the zone; a period may run past midnight (22:00–07:00).
 */
export function quietPeriodEnd(now: number, timeZone: string, start: string, end: string): number | null {
  const from = parseClock(start);
  const to = parseClock(end);
  if (from === to) return null;
  const local = toLocal(now, timeZone);
  const inside = from < to ? local.ms >= from && local.ms < to : local.ms >= from || local.ms < to;
  if (!inside) return null;
  const day = local.ms < to ? local.day : local.day + 1;
  return fromLocal({ day, ms: to }, timeZone);
}

/** The end of the person's quiet hours if they are in them now. */
export async function quietUntil(core: Core, userId: string, now = Date.now()): Promise<number | null> {
  const pref = await core.db.selectFrom('notification_preferences').select(['quiet_start', 'quiet_end']).where('user_id', '=', userId).executeTakeFirst();
  if (!pref?.quiet_start || !pref.quiet_end) return null;
  return quietPeriodEnd(now, core.config.timeZone, pref.quiet_start, pref.quiet_end);
}
