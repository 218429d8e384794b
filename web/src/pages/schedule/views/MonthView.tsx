import { Badge, Calendar } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n';
import type { CalendarItem } from '../api';
import { itemsOn } from '../dates';
import { ItemChip } from '../ItemChip';

const SHOWN_PER_DAY = 3;

interface Props {
  anchor: Dayjs;
  items: CalendarItem[];
  /** The unit's zone, in which all-day items fall. */
  timeZone: string;
  /** A phone shows dots, not titles. */
  compact: boolean;
  colorOf(item: CalendarItem): string;
  onOpen(item: CalendarItem): void;
  /** A day clicked: the parent opens it (a phone goes to its list, a desk starts an entry). */
  onPickDay(day: Dayjs): void;
}

/** The month view on Ant Design's Calendar: up to three items a day, then "N more". */
export function MonthView({ anchor, items, timeZone, compact, colorOf, onOpen, onPickDay }: Props) {
  const t = useT();
  return (
    <Calendar
      value={anchor}
      fullscreen={!compact}
      headerRender={() => null}
      onSelect={(day, info) => info.source === 'date' && onPickDay(day)}
      cellRender={(day, info) => {
        if (info.type !== 'date') return info.originNode;
        const today = itemsOn(items, day, timeZone);
        if (compact) {
          return today.length ? <Badge color={colorOf(today[0]!)} count={today.length} size="small" /> : null;
        }
        return (
          <div className="schedule-month-cell">
            {today.slice(0, SHOWN_PER_DAY).map((i) => (
              <ItemChip key={`${i.source}-${i.refId}-${i.startAt}`} item={i} color={colorOf(i)} onOpen={onOpen} withTime />
            ))}
            {today.length > SHOWN_PER_DAY && <span style={{ fontSize: 12, color: '#8c8c8c' }}>{t('schedule.more', { n: today.length - SHOWN_PER_DAY })}</span>}
          </div>
        );
      }}
    />
  );
}
