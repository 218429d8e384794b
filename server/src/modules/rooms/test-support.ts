import { dateOf, dayNumber } from '../../platform/calendar/days.js';
import { localDate } from '../../platform/calendar/zone.js';
import type { Session } from '../../test/harness.js';

/** A date some days from today in the unit's zone (the tests' default, Asia/Shanghai). */
export const daysAhead = (days: number, timeZone = 'Asia/Shanghai') => dateOf(dayNumber(localDate(timeZone)) + days);

export const ROOM = { name: '测试会议室', location: '三楼', capacity: 20, equipment: ['projector'], opensAt: '08:00', closesAt: '22:00' };

export async function createRoom(admin: Session, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await admin.req('POST', '/api/rooms', { ...ROOM, ...extra });
  if (res.statusCode !== 200) throw new Error(`create room: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}
