import type { Availability, GridBlock, GridBooking, Room } from './api';

export const SLOT = 15;
export const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
export const toClock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The date and minute of the day on the unit's wall clock (the server's time zone, not the browser's). */
export function wallNow(timeZone: string, iso: string): { date: string; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** The columns shown: from the earliest opening to the latest closing of the rooms, in quarter hours. */
export function columnsOf(rooms: Room[]): number[] {
  const from = rooms.length ? Math.min(...rooms.map((r) => toMinutes(r.opensAt))) : 8 * 60;
  const to = rooms.length ? Math.max(...rooms.map((r) => toMinutes(r.closesAt))) : 22 * 60;
  const columns: number[] = [];
  for (let m = from; m < to; m += SLOT) columns.push(m);
  return columns;
}

export type Segment =
  | { kind: 'free'; minute: number }
  | { kind: 'closed' | 'past'; minute: number; span: number }
  | { kind: 'booking'; minute: number; span: number; booking: GridBooking }
  | { kind: 'block'; minute: number; span: number; block: GridBlock };

/** One row of the grid (a room on a date): runs of the same occupancy; free quarter hours one by one, so they can be picked. */
export function rowSegments(data: Availability, room: Room, date: string, columns: number[]): Segment[] {
  const now = wallNow(data.timeZone, data.now);
  const opens = toMinutes(room.opensAt);
  const closes = toMinutes(room.closesAt);
  const bookings = data.bookings.filter((b) => b.roomId === room.id && b.date === date);
  const blocks = data.blocks.filter((b) => b.roomId === room.id && b.date === date);
  const segments: Segment[] = [];
  for (const minute of columns) {
    const booking = bookings.find((b) => toMinutes(b.start) <= minute && minute < toMinutes(b.end));
    const block = blocks.find((b) => toMinutes(b.start) <= minute && minute < toMinutes(b.end));
    const passed = date < now.date || (date === now.date && minute < now.minute);
    const next: Segment = booking
      ? { kind: 'booking', minute, span: 1, booking }
      : block
        ? { kind: 'block', minute, span: 1, block }
        : minute < opens || minute >= closes
          ? { kind: 'closed', minute, span: 1 }
          : passed
            ? { kind: 'past', minute, span: 1 }
            : { kind: 'free', minute };
    const last = segments.at(-1);
    const same =
      last &&
      last.kind === next.kind &&
      next.kind !== 'free' &&
      (next.kind === 'booking' ? (last as { booking: GridBooking }).booking.id === next.booking.id : next.kind === 'block' ? (last as { block: GridBlock }).block.id === next.block.id : true);
    if (same && 'span' in last) last.span += 1;
    else segments.push(next);
  }
  return segments;
}

/** A picked range on one row, start and end inclusive cells, in either order. */
export interface Pick {
  roomId: string;
  date: string;
  from: number;
  to: number;
}
export const pickRange = (p: Pick) => ({ start: Math.min(p.from, p.to), end: Math.max(p.from, p.to) + SLOT });

/** Is every quarter hour of the range free in this row? (A drag may not cross a booking.) */
export const rangeFree = (segments: Segment[], start: number, end: number) => {
  for (let m = start; m < end; m += SLOT) if (!segments.some((s) => s.kind === 'free' && s.minute === m)) return false;
  return true;
};
