import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, Card, Grid, Segmented, Select, Space, Tag, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../app/i18n';
import { QueryError } from '../org/shared/QueryError';
import { useItems, useTeamCalendars, type CalendarItem } from './api';
import { colorOf, SOURCE_COLORS } from './colors';
import { daysOf, LIST_DAYS, rangeOf, spanOf, step, VIEWS, type View } from './dates';
import { EntryDrawer, type Opening } from './EntryDrawer';
import { ListView } from './views/ListView';
import { MonthView } from './views/MonthView';
import { TimeGrid } from './views/TimeGrid';
import './i18n';
import './schedule.css';

const FALLBACK_ZONE = 'Asia/Shanghai';
const LEGEND = ['meeting', 'deadline', 'trip', 'high', 'normal', 'low'] as const;

/** 我的日程: day, week, month and list views of my calendar (or a team calendar), and the entry drawer. */
export default function SchedulePage() {
  const t = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const narrow = Grid.useBreakpoint().md === false;
  // A phone opens on the list; a desk on the week.
  const [view, setView] = useState<View>(() => (window.innerWidth < 768 ? 'list' : 'week'));
  const [anchor, setAnchor] = useState<Dayjs>(() => dayjs().startOf('day'));
  const [creating, setCreating] = useState<Opening | null>(null);
  const calendarId = params.get('calendar');
  const entryId = params.get('entry');
  const range = useMemo(() => rangeOf(view, anchor), [view, anchor]);
  const query = useItems(range, calendarId);
  const calendars = useTeamCalendars();
  const calendarColors = useMemo(() => new Map((calendars.data?.items ?? []).map((c) => [c.id, c.color])), [calendars.data]);
  const items = query.data?.items ?? [];
  const timeZone = query.data?.timeZone ?? FALLBACK_ZONE;
  const paint = (item: CalendarItem) => colorOf(item, calendarColors);
  const { start, end } = spanOf(view, anchor);

  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      if (value) p.set(key, value);
      else p.delete(key);
      return p;
    });
  const open = (item: CalendarItem) => (item.source === 'entry' ? setParam('entry', item.refId) : navigate(item.link));
  const create = (at: Dayjs, allDay: boolean) => setCreating({ mode: 'new', start: allDay ? at.startOf('day') : at, allDay, calendarId });
  const title =
    view === 'month' ? anchor.format('YYYY-MM') : view === 'day' ? anchor.format('YYYY-MM-DD') : `${start.format('YYYY-MM-DD')} – ${end.subtract(1, 'day').format('MM-DD')}`;

  return (
    <Card
      title={t('schedule.menu.calendar')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => create(dayjs().add(1, 'hour').startOf('hour'), false)}>
          {t('schedule.new')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Segmented<View> value={view} onChange={setView} options={VIEWS.map((v) => ({ value: v, label: t(`schedule.view.${v}`) }))} />
        <Space.Compact>
          <Button icon={<LeftOutlined />} aria-label={t('schedule.prev')} onClick={() => setAnchor(step(view, anchor, -1))} />
          <Button onClick={() => setAnchor(dayjs().startOf('day'))}>{t('schedule.today')}</Button>
          <Button icon={<RightOutlined />} aria-label={t('schedule.next')} onClick={() => setAnchor(step(view, anchor, 1))} />
        </Space.Compact>
        <Typography.Text strong data-testid="schedule-range">
          {title}
        </Typography.Text>
        <Select
          aria-label={t('schedule.calendarSwitch')}
          value={calendarId ?? ''}
          onChange={(v) => setParam('calendar', v || null)}
          style={{ minWidth: 160 }}
          options={[{ value: '', label: t('schedule.mine') }, ...(calendars.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))]}
        />
      </Space>
      <Space size={[4, 4]} wrap style={{ marginBottom: 12 }}>
        {LEGEND.map((k) => (
          <Tag key={k} color={SOURCE_COLORS[k]}>
            {t(`schedule.legend.${k}`)}
          </Tag>
        ))}
      </Space>
      <QueryError error={query.error} />
      {view === 'month' ? (
        <MonthView
          anchor={anchor}
          items={items}
          timeZone={timeZone}
          compact={narrow}
          colorOf={paint}
          onOpen={open}
          onPickDay={(day) => {
            if (narrow) {
              setAnchor(day);
              setView('list');
            } else create(day.hour(9), false);
          }}
        />
      ) : view === 'list' ? (
        <ListView days={daysOf(start, LIST_DAYS)} items={items} timeZone={timeZone} colorOf={paint} onOpen={open} />
      ) : (
        <TimeGrid days={daysOf(start, view === 'week' ? 7 : 1)} items={items} timeZone={timeZone} colorOf={paint} onOpen={open} onCreate={create} />
      )}
      <EntryDrawer
        opening={creating ?? (entryId ? { mode: 'open', id: entryId } : null)}
        timeZone={timeZone}
        onClose={() => {
          setCreating(null);
          setParam('entry', null);
        }}
      />
    </Card>
  );
}
