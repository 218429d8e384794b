import { useEffect, useRef, type CSSProperties } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n';
import type { CalendarItem } from '../api';
import { itemsOn } from '../dates';
import { ItemChip } from '../ItemChip';

const HOUR_PX = 44;
const HOURS = Array.from({ length: 24 }, (_, h) => h);
/** The grid opens scrolled to the start of the working day. */
const FIRST_VISIBLE_HOUR = 8;

interface Props {
  days: Dayjs[];
  items: CalendarItem[];
  /** The unit's zone, in which all-day items fall. */
  timeZone: string;
  colorOf(item: CalendarItem): string;
  onOpen(item: CalendarItem): void;
  onCreate(start: Dayjs, allDay: boolean): void;
}

interface Placed {
  item: CalendarItem;
  top: number;
  height: number;
  lane: number;
}

/** Timed items of one day with their place: overlapping ones side by side in lanes. */
function place(items: CalendarItem[], day: Dayjs): { placed: Placed[]; lanes: number } {
  const start = day.startOf('day');
  const minutes = (d: Dayjs) => Math.min(Math.max(d.diff(start, 'minute'), 0), 24 * 60);
  const laneEnds: number[] = [];
  const placed = items
    .filter((i) => !i.allDay)
    .sort((a, b) => a.startAt.localeCompare(b.startAt))
    .map((item) => {
      const from = minutes(dayjs(item.startAt));
      const to = Math.max(minutes(dayjs(item.endAt)), from + 20);
      let lane = laneEnds.findIndex((end) => end <= from);
      if (lane < 0) lane = laneEnds.push(to) - 1;
      else laneEnds[lane] = to;
      return { item, top: (from / 60) * HOUR_PX, height: ((to - from) / 60) * HOUR_PX, lane };
    });
  return { placed, lanes: Math.max(laneEnds.length, 1) };
}

/** The day and week views: an all-day row, then an hour grid; a click on an empty hour starts a new entry there. */
export function TimeGrid({ days, items, timeZone, colorOf, onOpen, onCreate }: Props) {
  const t = useT();
  const weekdays = t('schedule.weekdays').split(',');
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = FIRST_VISIBLE_HOUR * HOUR_PX - 8;
  }, []);
  const vars = { '--days': days.length, '--day-min': days.length > 1 ? '96px' : '200px', '--hour': `${HOUR_PX}px` } as CSSProperties;
  const today = dayjs().startOf('day');

  return (
    <div className="schedule-grid" style={vars} data-testid="schedule-time-grid">
      <div className="schedule-grid-inner">
        <div />
        {days.map((d) => (
          <div key={d.valueOf()} className={`schedule-grid-head${d.isSame(today, 'day') ? ' today' : ''}`}>
            {d.format('M/D')} {weekdays[(d.day() + 6) % 7]}
          </div>
        ))}
        <div className="schedule-hour-label" style={{ height: 'auto', transform: 'none', paddingTop: 4 }}>
          {t('schedule.allDay')}
        </div>
        {days.map((d) => (
          <div key={d.valueOf()} className="schedule-allday" onClick={() => onCreate(d, true)}>
            {itemsOn(items, d, timeZone)
              .filter((i) => i.allDay)
              .map((i) => (
                <ItemChip key={`${i.source}-${i.refId}-${i.startAt}`} item={i} color={colorOf(i)} onOpen={onOpen} />
              ))}
          </div>
        ))}
      </div>
      <div className="schedule-hours" ref={scroller}>
        <div className="schedule-grid-inner">
          <div>
            {HOURS.map((h) => (
              <div key={h} className="schedule-hour-label">
                {h ? `${String(h).padStart(2, '0')}:00` : ''}
              </div>
            ))}
          </div>
          {days.map((d) => {
            const { placed, lanes } = place(itemsOn(items, d, timeZone), d);
            return (
              <div key={d.valueOf()} className="schedule-day-column">
                {HOURS.map((h) => (
                  <div key={h} className="schedule-hour-cell" data-hour={h} onClick={() => onCreate(d.hour(h), false)} />
                ))}
                {placed.map((p) => (
                  <div
                    key={`${p.item.source}-${p.item.refId}-${p.item.startAt}`}
                    className="schedule-timed"
                    style={{ top: p.top, height: p.height, left: `${(p.lane / lanes) * 100}%`, width: `${100 / lanes}%` }}
                  >
                    <ItemChip item={p.item} color={colorOf(p.item)} onOpen={onOpen} withTime />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
