import { ExclamationCircleFilled } from '@ant-design/icons';
import { useT } from '../../app/i18n';
import type { CalendarItem } from './api';
import { timeSpan } from './dates';

interface Props {
  item: CalendarItem;
  color: string;
  onOpen(item: CalendarItem): void;
  /** Shows the time before the title (month and list views). */
  withTime?: boolean;
}

/** One item as a coloured block: solid for taken time, outlined for deadlines and unanswered or declined invitations. */
export function ItemChip({ item, color, onOpen, withTime }: Props) {
  const t = useT();
  const hollow = item.marker || item.status === 'invited' || item.status === 'declined' || item.status === 'tentative';
  const time = withTime ? `${timeSpan(item, t('schedule.allDay'))} ` : '';
  return (
    <button
      type="button"
      className="schedule-chip"
      data-source={item.source}
      title={[item.title, item.location, item.status && t(`schedule.status.${item.status}`)].filter(Boolean).join(' · ')}
      onClick={(e) => {
        e.stopPropagation();
        onOpen(item);
      }}
      style={{
        background: hollow ? '#fff' : color,
        color: hollow ? color : '#fff',
        borderColor: color,
        borderStyle: item.marker ? 'dashed' : 'solid',
        textDecoration: item.status === 'declined' ? 'line-through' : undefined,
      }}
    >
      {item.priority === 'high' && <ExclamationCircleFilled aria-label={t('schedule.priority.high')} style={{ marginRight: 2 }} />}
      {time}
      {item.title}
    </button>
  );
}
