import { Tag } from 'antd';
import { useT } from '../../app/i18n';
import type { Booking, BookingStatus } from './api';

const COLORS: Record<BookingStatus, string> = { pending: 'orange', confirmed: 'blue', cancelled: 'default', rejected: 'red' };

/** A booking's status, with late-cancellation, weekly and meeting marks. */
export function BookingTags({ booking }: { booking: Booking }) {
  const t = useT();
  return (
    <>
      <Tag color={COLORS[booking.status]}>{t(`rooms.status.${booking.status}`)}</Tag>
      {booking.lateCancel && <Tag color="volcano">{t('rooms.late')}</Tag>}
      {booking.seriesId && <Tag>{t('rooms.series')}</Tag>}
      {booking.meetingId && <Tag>{t('rooms.meeting')}</Tag>}
    </>
  );
}
