import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Flex, Grid, InputNumber, Segmented, Select, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n';
import { QueryError } from '../org/shared/QueryError';
import { EQUIPMENT, useAvailability, useRooms, type Equipment } from './api';
import { AvailabilityGrid, type GridRow } from './AvailabilityGrid';
import { BookingModal, type Draft } from './BookingModal';
import { Legend } from './Legend';
import './i18n';
import './rooms.css';

const DATE = 'YYYY-MM-DD';

/** 会议室预订: rooms × a day's quarter hours, or one room × a week; filters by seats and equipment. */
export default function AvailabilityPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'week' ? 'week' : 'day';
  const date = dayjs(params.get('date') ?? undefined).isValid() && params.get('date') ? params.get('date')! : dayjs().format(DATE);
  const minCapacity = Number(params.get('minCapacity')) || undefined;
  const equipment = (params.get('equipment')?.split(',').filter((e): e is Equipment => (EQUIPMENT as readonly string[]).includes(e)) ?? []) as Equipment[];
  const rooms = useRooms();
  const roomId = view === 'week' ? (params.get('room') ?? rooms.data?.items[0]?.id) : undefined;
  const query = useAvailability(date, view === 'week' ? 7 : 1, view === 'week' ? {} : { minCapacity, equipment }, roomId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const weekdays = t('rooms.weekdays').split(',');

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const step = (days: number) => update({ date: dayjs(date).add(days, 'day').format(DATE) });
  const span = view === 'week' ? 7 : 1;

  const data = query.data;
  const rows: GridRow[] = !data
    ? []
    : view === 'day'
      ? data.rooms.map((room) => ({ key: room.id, room, date, label: room.name, sub: `${room.location} · ${t('rooms.capacity', { n: room.capacity })}` }))
      : data.rooms.flatMap((room) =>
          data.dates.map((d) => ({ key: `${room.id}|${d}`, room, date: d, label: d.slice(5), sub: weekdays[(dayjs(d).day() + 6) % 7]! })),
        );

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('rooms.grid.heading')}
      </Typography.Title>
      <Card styles={{ body: { padding: phone ? 12 : 20 } }}>
        <Flex vertical gap={12}>
          <Flex gap={8} wrap align="center">
            <Segmented
              value={view}
              onChange={(v) => update({ view: v === 'week' ? 'week' : undefined })}
              options={[
                { value: 'day', label: t('rooms.grid.day') },
                { value: 'week', label: t('rooms.grid.week') },
              ]}
            />
            <Space.Compact>
              <Button icon={<LeftOutlined />} aria-label={t(view === 'week' ? 'rooms.grid.prevWeek' : 'rooms.grid.prev')} onClick={() => step(-span)} />
              <DatePicker allowClear={false} value={dayjs(date)} onChange={(d) => d && update({ date: d.format(DATE) })} style={{ width: 130 }} data-testid="grid-date" />
              <Button icon={<RightOutlined />} aria-label={t(view === 'week' ? 'rooms.grid.nextWeek' : 'rooms.grid.next')} onClick={() => step(span)} data-testid="grid-next" />
            </Space.Compact>
            <Button autoInsertSpace={false} onClick={() => update({ date: undefined })}>
              {t('rooms.grid.today')}
            </Button>
            {view === 'week' && (
              <Select
                aria-label={t('rooms.grid.room')}
                style={{ minWidth: 140 }}
                value={roomId}
                onChange={(room) => update({ room })}
                options={rooms.data?.items.map((r) => ({ value: r.id, label: r.name }))}
              />
            )}
            {view === 'day' && (
              <>
                <InputNumber
                  min={1}
                  max={2000}
                  placeholder={t('rooms.grid.minCapacity')}
                  aria-label={t('rooms.grid.minCapacity')}
                  value={minCapacity}
                  onChange={(n) => update({ minCapacity: n ? String(n) : undefined })}
                  style={{ width: 130 }}
                />
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t('rooms.grid.equipment')}
                  aria-label={t('rooms.grid.equipment')}
                  value={equipment}
                  onChange={(list: Equipment[]) => update({ equipment: list.join(',') || undefined })}
                  options={EQUIPMENT.map((e) => ({ value: e, label: t(`rooms.equipment.${e}`) }))}
                  style={{ minWidth: 160, flex: phone ? '1 1 100%' : undefined }}
                />
              </>
            )}
          </Flex>
          <Typography.Text type="secondary">{t(phone ? 'rooms.grid.hintTap' : 'rooms.grid.hintDrag')}</Typography.Text>
          <Legend />
          {query.isError ? (
            <QueryError error={query.error} />
          ) : data && !rows.length ? (
            <Empty description={t('rooms.grid.empty')} />
          ) : data ? (
            <AvailabilityGrid data={data} rows={rows} phone={phone} onPick={(p) => setDraft(p)} />
          ) : null}
        </Flex>
      </Card>
      <BookingModal draft={draft} onClose={() => setDraft(null)} />
    </Flex>
  );
}
