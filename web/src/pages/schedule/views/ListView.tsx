import { Empty, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n';
import type { CalendarItem } from '../api';
import { itemsOn, timeSpan } from '../dates';
import { ItemChip } from '../ItemChip';

interface Props {
  days: Dayjs[];
  items: CalendarItem[];
  /** The unit's zone, in which all-day items fall. */
  timeZone: string;
  colorOf(item: CalendarItem): string;
  onOpen(item: CalendarItem): void;
}

/** The list (agenda) view: each day with something on it, its items in order; the phone's default. */
export function ListView({ days, items, timeZone, colorOf, onOpen }: Props) {
  const t = useT();
  const weekdays = t('schedule.weekdays').split(',');
  const busyDays = days.map((d) => ({ day: d, items: itemsOn(items, d, timeZone) })).filter((d) => d.items.length);
  if (!busyDays.length) return <Empty description={t('schedule.empty')} />;
  const today = dayjs();
  return (
    <div data-testid="schedule-list">
      {busyDays.map(({ day, items: list }) => (
        <div key={day.valueOf()} className="schedule-list-day">
          <Typography.Title level={5} style={{ margin: '4px 0', color: day.isSame(today, 'day') ? '#1677ff' : undefined }}>
            {day.format('YYYY-MM-DD')} {weekdays[(day.day() + 6) % 7]}
          </Typography.Title>
          {list.map((i) => (
            <div key={`${i.source}-${i.refId}-${i.startAt}`} className="schedule-list-row">
              <span className="schedule-list-time">{timeSpan(i, t('schedule.allDay'))}</span>
              <ItemChip item={i} color={colorOf(i)} onOpen={onOpen} />
              {i.status && i.status !== 'accepted' && <Tag>{t(`schedule.status.${i.status}`)}</Tag>}
              {i.source !== 'entry' && <Tag color={colorOf(i)}>{t(`schedule.source.${i.source}`)}</Tag>}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
