import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestCore, describeEachDialect, type TestCore } from '../../test/harness.js';
import { createCalendar, loadCalendar, type Calendar } from './calendar.js';
import { calendarDb } from './days.js';
import { PROVISIONAL, SHIPPED_DAYS, ensureShippedCalendar } from './holidays.js';

const TZ = 'Asia/Shanghai';

describeEachDialect('working-day calendar', (dialect) => {
  let core: TestCore;
  let cal: Calendar;

  beforeAll(async () => {
    core = await createTestCore(dialect);
    cal = await loadCalendar(core.db, 2026, 2027);
  });
  afterAll(() => core.cleanup());

  it('ships 2026 as announced and 2027 provisionally, once', async () => {
    const rows = await calendarDb(core.db).selectFrom('calendar_days').selectAll().orderBy('date').execute();
    expect(rows).toHaveLength(SHIPPED_DAYS.length);
    await ensureShippedCalendar(core.db);
    const again = await calendarDb(core.db).selectFrom('calendar_days').select('date').execute();
    expect(again).toHaveLength(rows.length);
    const of = (year: number) => rows.filter((r) => r.year === year);
    expect(of(2026).filter((r) => r.kind === 'holiday')).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(of(2026).filter((r) => r.kind === 'workday').map((r) => r.date)).toEqual([
      '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
    ]);
    expect(of(2027).length).toBeGreaterThan(0);
    expect(of(2027).every((r) => r.name.endsWith(PROVISIONAL) && r.kind === 'holiday')).toBe(true);
    expect(rows.find((r) => r.date === '2027-02-06')?.name).toBe(`春节${PROVISIONAL}`);
  });

  it('counts the workdays of the Spring Festival weeks of 2026', () => {
    // Mon 02-09 … Sun 02-15: five weekdays plus the make-up Saturday 02-14, the Sunday a holiday.
    expect(cal.workdaysBetween('2026-02-09', '2026-02-15')).toBe(6);
    // Mon 02-16 … Sun 02-22: all holiday.
    expect(cal.workdaysBetween('2026-02-16', '2026-02-22')).toBe(0);
    // Mon 02-23 (holiday) … Sat 02-28 (make-up workday).
    expect(cal.workdaysBetween('2026-02-23', '2026-02-28')).toBe(5);
    expect(cal.workdaysBetween('2026-02-01', '2026-02-28')).toBe(20 - 6 + 2);
    expect(cal.workdaysBetween('2026-02-28', '2026-02-01')).toBe(0);
  });

  it('counts a plain week as five and a make-up Saturday as a workday', () => {
    expect(cal.workdaysBetween('2026-03-02', '2026-03-06')).toBe(5);
    expect(cal.workdaysBetween('2026-03-02', '2026-03-08')).toBe(5);
    expect(cal.isWorkday('2026-02-14')).toBe(true);
    expect(cal.isWorkday('2026-10-10')).toBe(true);
    expect(cal.isWorkday('2026-03-07')).toBe(false);
    expect(cal.isWorkday('2026-10-01')).toBe(false);
    expect(cal.workdaysBetween('2026-10-05', '2026-10-11')).toBe(3);
    expect(cal.workdaysBetween('2026-01-01', '2026-12-31')).toBe(261 - 19 + 6);
  });

  it('adds workdays across a weekend and across a holiday, keeping the time of day', () => {
    // Friday 10:00 in Shanghai (02:00 UTC) + 1 → Monday 10:00.
    expect(cal.addWorkdays('2026-03-06T02:00:00.000Z', 1, TZ)).toBe('2026-03-09T02:00:00.000Z');
    expect(cal.addWorkdays('2026-03-06T02:00:00.000Z', 5, TZ)).toBe('2026-03-13T02:00:00.000Z');
    // Thursday 02-12 + 3: Fri 02-13, make-up Sat 02-14, then the holiday to Tue 02-24.
    expect(cal.addWorkdays('2026-02-12T02:00:00.000Z', 3, TZ)).toBe('2026-02-24T02:00:00.000Z');
    // Before National Day: Wed 09-30 + 1 → Thu 10-08 (10-01…07 off).
    expect(cal.addWorkdays('2026-09-30T07:30:00.000Z', 1, TZ)).toBe('2026-10-08T07:30:00.000Z');
    // Saturday 23:30 local is still Saturday: + 1 → Monday 23:30; 0 → the next workday.
    expect(cal.addWorkdays('2026-03-07T15:30:00.000Z', 1, TZ)).toBe('2026-03-09T15:30:00.000Z');
    expect(cal.addWorkdays('2026-03-07T15:30:00.000Z', 0, TZ)).toBe('2026-03-09T15:30:00.000Z');
    expect(cal.addWorkdays('2026-03-05T02:00:00.000Z', 0, TZ)).toBe('2026-03-05T02:00:00.000Z');
  });

  it('adds working hours across a night and a weekend in Asia/Shanghai', () => {
    // Thursday 16:00 + 4 h: 1.5 h that day, 2.5 h Friday from 09:00 → Friday 11:30.
    expect(cal.addWorkingHours('2026-03-05T08:00:00.000Z', 4, TZ)).toBe('2026-03-06T03:30:00.000Z');
    // Friday 16:00 + 4 h → Monday 11:30.
    expect(cal.addWorkingHours('2026-03-06T08:00:00.000Z', 4, TZ)).toBe('2026-03-09T03:30:00.000Z');
    // Saturday noon + 8 h → Monday 17:00; at night + 0.5 h → next morning 09:30.
    expect(cal.addWorkingHours('2026-03-07T04:00:00.000Z', 8, TZ)).toBe('2026-03-09T09:00:00.000Z');
    expect(cal.addWorkingHours('2026-03-04T14:00:00.000Z', 0.5, TZ)).toBe('2026-03-05T01:30:00.000Z');
    // Exactly the rest of the day lands on closing time, not the next morning.
    expect(cal.addWorkingHours('2026-03-05T01:00:00.000Z', 8.5, TZ)).toBe('2026-03-05T09:30:00.000Z');
    // Friday 02-13 17:00 + 1 h: 0.5 h that day, then the make-up Saturday 02-14 09:30.
    expect(cal.addWorkingHours('2026-02-13T09:00:00.000Z', 1, TZ)).toBe('2026-02-14T01:30:00.000Z');
    // Custom hours.
    expect(cal.addWorkingHours('2026-03-05T00:00:00.000Z', 2, TZ, { start: '08:30', end: '12:00' })).toBe('2026-03-05T02:30:00.000Z');
  });

  it('follows daylight saving in a zone that has it', () => {
    const plain = createCalendar([]);
    // New York: Fri 2026-03-06 09:00 EST (14:00 UTC) + 1 workday → Mon 03-09 09:00 EDT (13:00 UTC).
    expect(plain.addWorkdays('2026-03-06T14:00:00.000Z', 1, 'America/New_York')).toBe('2026-03-09T13:00:00.000Z');
    // Fri 17:00 EST + 1 h: half an hour that day, half on Monday → 09:30 EDT.
    expect(plain.addWorkingHours('2026-03-06T22:00:00.000Z', 1, 'America/New_York')).toBe('2026-03-09T13:30:00.000Z');
  });

  it('refuses what is not a date or an amount', () => {
    expect(() => cal.isWorkday('2026-02-30')).toThrow(RangeError);
    expect(() => cal.addWorkdays('2026-03-05T02:00:00Z', -1, TZ)).toThrow(RangeError);
    expect(() => cal.addWorkdays('2026-03-05T02:00:00Z', 1.5, TZ)).toThrow(RangeError);
    expect(() => cal.addWorkingHours('yesterday', 1, TZ)).toThrow(RangeError);
    expect(() => cal.addWorkingHours('2026-03-05T02:00:00Z', 1, TZ, { start: '18:00', end: '09:00' })).toThrow(RangeError);
  });
});
