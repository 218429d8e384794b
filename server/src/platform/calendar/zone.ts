import { DAY_MS } from './days.js';

/** A wall-clock moment in some time zone: the local day (days since 1970-01-01) and ms since local midnight. */
export interface LocalTime {
  day: number;
  ms: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of an instant in the zone, read as if it were UTC (ms since epoch). */
function wallClock(instant: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const millis = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) + millis;
}

export function toLocal(instant: number, timeZone: string): LocalTime {
  const wall = wallClock(instant, timeZone);
  const day = Math.floor(wall / DAY_MS);
  return { day, ms: wall - day * DAY_MS };
}

/**
 * The instant showing this wall clock in the zone. Around a daylight-saving jump the offset after
 * the first guess wins, so a wall time that does not exist moves forward by the jump.
 */
export function fromLocal(local: LocalTime, timeZone: string): number {
  const wall = local.day * DAY_MS + local.ms;
  const guess = wall - (wallClock(wall, timeZone) - wall);
  return wall - (wallClock(guess, timeZone) - guess);
}

/** 'HH:MM' → ms since midnight. */
export function parseClock(clock: string): number {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(clock);
  if (!m || (m[1] === '24' && m[2] !== '00')) throw new RangeError(`not a clock time: ${clock}`);
  return (Number(m[1]) * 60 + Number(m[2])) * 60_000;
}

const SV_FIELDS = {
  date: {},
  dateTime: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
  clock: { hour: '2-digit', minute: '2-digit' },
} as const;
const svFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's sv-SE formatter (ISO-like: 2026-11-26 09:00) of these fields, made once. */
function sv(timeZone: string, fields: keyof typeof SV_FIELDS): Intl.DateTimeFormat {
  const key = `${timeZone}|${fields}`;
  let f = svFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', { timeZone, ...SV_FIELDS[fields] });
    svFormatters.set(key, f);
  }
  return f;
}

/** The date (YYYY-MM-DD) an instant falls on in the zone. */
export const localDate = (timeZone: string, at: Date | number = new Date()): string => sv(timeZone, 'date').format(at);

/** 'YYYY-MM-DD HH:mm' of an instant in the zone. */
export const localDateTime = (timeZone: string, at: Date | number): string => sv(timeZone, 'dateTime').format(at);

/** 'HH:mm' of an instant in the zone. */
export const localClock = (timeZone: string, at: Date | number): string => sv(timeZone, 'clock').format(at);
