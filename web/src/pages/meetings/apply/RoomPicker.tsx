import { useQuery } from '@tanstack/react-query';
import { Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { get } from '../../../api/client';
import { useT } from '../../../app/i18n';

interface Availability {
  timeZone: string;
  rooms: { id: string; name: string; location: string; capacity: number; needsApproval: boolean; opensAt: string; closesAt: string }[];
  bookings: { roomId: string; date: string; start: string; end: string; title: string; meetingId: string | null }[];
  blocks: { roomId: string; date: string; start: string; end: string; reason: string }[];
}

const wallClock = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

interface Props {
  value?: string | null;
  onChange?(value: string | null): void;
  /** The meeting's instants (ISO). */
  startAt?: string;
  endAt?: string;
  /** The meeting being changed: its own booking is no clash. */
  heldBy?: string;
}

/** Picks a room, showing for the chosen time which are free and what takes the others. */
export function RoomPicker({ value, onChange, startAt, endAt, heldBy }: Props) {
  const t = useT();
  // The rooms keep the unit's wall clock, which may be a day off the browser's: ask for the days around.
  const around = startAt ? dayjs(startAt).subtract(1, 'day').format('YYYY-MM-DD') : undefined;
  const availability = useQuery({ queryKey: ['rooms-availability', around], queryFn: () => get<Availability>(`/api/rooms/availability?date=${around}&days=3`), enabled: !!around });
  const zone = availability.data?.timeZone;
  const date = startAt && zone ? new Intl.DateTimeFormat('sv-SE', { timeZone: zone }).format(new Date(startAt)) : undefined;
  const start = startAt && zone ? wallClock(startAt, zone) : undefined;
  const end = endAt && zone ? wallClock(endAt, zone) : undefined;
  const overlaps = (s: string, e: string) => !!start && !!end && s < end && e > start;
  const options = (availability.data?.rooms ?? []).map((room) => {
    const taken = [
      ...(availability.data?.bookings ?? []).filter((b) => b.roomId === room.id && b.date === date && b.meetingId !== heldBy && overlaps(b.start, b.end)).map((b) => `${b.start}–${b.end} ${b.title}`),
      ...(availability.data?.blocks ?? []).filter((b) => b.roomId === room.id && b.date === date && overlaps(b.start, b.end)).map((b) => `${b.start}–${b.end} ${b.reason}`),
    ];
    const closed = !!start && !!end && (start < room.opensAt || end > room.closesAt);
    const note = closed ? t('meetings.room.closed', { opens: room.opensAt, closes: room.closesAt }) : taken.length ? t('meetings.room.taken', { what: taken.join('；') }) : t('meetings.room.free');
    return { value: room.id, label: room.name, disabled: closed || taken.length > 0, room, note, free: !closed && !taken.length };
  });
  return (
    <Select
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={availability.isFetching}
      placeholder={startAt ? t('meetings.room.placeholder') : t('meetings.room.pickTimeFirst')}
      allowClear
      data-testid="room-picker"
      optionRender={(o) => (
        <Flex vertical>
          <Flex justify="space-between" gap={8}>
            <span>{o.data.label}</span>
            <Typography.Text type="secondary">{t('meetings.room.capacity', { n: o.data.room.capacity })}</Typography.Text>
          </Flex>
          <Typography.Text type={o.data.free ? 'success' : 'secondary'} style={{ fontSize: 12, whiteSpace: 'normal' }}>
            {o.data.note}
            {o.data.room.needsApproval ? ` · ${t('meetings.room.needsApproval')}` : ''}
          </Typography.Text>
        </Flex>
      )}
      style={{ width: '100%' }}
    />
  );
}
