import type { Kysely } from 'kysely';
import { nowIso } from '../util.js';
import { calendarDb, dateOf, dayNumber, type CalendarDay, type CalendarDayKind } from './days.js';

/** Marks the rows of a year the State Council has not announced yet, so an administrator checks them. */
export const PROVISIONAL = '（预排，待国务院通知）';

/** [first, last] dates (last optional) of one run of days with one kind and name. */
type Run = [kind: CalendarDayKind, name: string, first: string, last?: string];

const provisional = (runs: Run[]): Run[] => runs.map(([kind, name, first, last]) => [kind, name + PROVISIONAL, first, last]);

/** 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）. */
const OFFICIAL_2026: Run[] = [
  ['holiday', '元旦', '2026-01-01', '2026-01-03'],
  ['workday', '元旦', '2026-01-04'],
  ['workday', '春节', '2026-02-14'],
  ['holiday', '春节', '2026-02-15', '2026-02-23'],
  ['workday', '春节', '2026-02-28'],
  ['holiday', '清明节', '2026-04-04', '2026-04-06'],
  ['holiday', '劳动节', '2026-05-01', '2026-05-05'],
  ['workday', '劳动节', '2026-05-09'],
  ['holiday', '端午节', '2026-06-19', '2026-06-21'],
  ['workday', '国庆节', '2026-09-20'],
  ['holiday', '中秋节', '2026-09-25', '2026-09-27'],
  ['holiday', '国庆节', '2026-10-01', '2026-10-07'],
  ['workday', '国庆节', '2026-10-10'],
];

/**
 * 2027 until the State Council's notice: the statutory days of 全国年节及纪念日放假办法 (2024 revision)
 * on 2027's dates (除夕 02-05, 正月初一 02-06, 清明 04-05, 端午 06-09, 中秋 09-15), and, per its
 * article 6, a statutory day on a Saturday or Sunday made up (补假) on the next working day.
 * No make-up workdays (调休上班): only the notice sets those.
 */
const PROVISIONAL_2027: Run[] = provisional([
  ['holiday', '元旦', '2027-01-01'],
  ['holiday', '春节', '2027-02-05', '2027-02-08'],
  ['holiday', '春节补假', '2027-02-09', '2027-02-10'],
  ['holiday', '清明节', '2027-04-05'],
  ['holiday', '劳动节', '2027-05-01', '2027-05-02'],
  ['holiday', '劳动节补假', '2027-05-03', '2027-05-04'],
  ['holiday', '端午节', '2027-06-09'],
  ['holiday', '中秋节', '2027-09-15'],
  ['holiday', '国庆节', '2027-10-01', '2027-10-03'],
  ['holiday', '国庆节补假', '2027-10-04', '2027-10-05'],
]);

function expand(runs: Run[]): CalendarDay[] {
  return runs.flatMap(([kind, name, first, last = first]) => {
    const days: CalendarDay[] = [];
    for (let day = dayNumber(first); day <= dayNumber(last); day++) days.push({ date: dateOf(day), kind, name });
    return days;
  });
}

/** Every shipped exception: 2026 as announced, 2027 provisionally. */
export const SHIPPED_DAYS: readonly CalendarDay[] = expand([...OFFICIAL_2026, ...PROVISIONAL_2027]);
export const SHIPPED_YEARS: readonly number[] = [2026, 2027];

/**
 * Inserts the shipped days of the given years that are missing; a date already in the table
 * (an administrator's setting) is left as it is. Idempotent. Migration 003 runs it once, so a
 * shipped day an administrator later deletes stays deleted.
 */
export async function ensureShippedCalendar(db: Kysely<any>, years: readonly number[] = SHIPPED_YEARS): Promise<void> {
  const now = nowIso();
  const rows = SHIPPED_DAYS.filter((d) => years.includes(Number(d.date.slice(0, 4)))).map((d) => ({
    ...d,
    year: Number(d.date.slice(0, 4)),
    updated_at: now,
  }));
  if (rows.length === 0) return;
  await calendarDb(db)
    .insertInto('calendar_days')
    .values(rows)
    .onConflict((oc) => oc.column('date').doNothing())
    .execute();
}
