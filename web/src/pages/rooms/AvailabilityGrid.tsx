import { useEffect, useRef, useState, type CSSProperties, type PointerEvent as ReactPointerEvent } from 'react';
import { Alert, Button, Popover, Space, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n';
import type { Availability, GridBooking, Room } from './api';
import { columnsOf, pickRange, rangeFree, rowSegments, toClock, type Pick, type Segment } from './grid';
import { RoomTags } from './RoomTags';

export interface GridRow {
  key: string;
  room: Room;
  date: string;
  label: string;
  sub: string;
}

interface Props {
  data: Availability;
  rows: GridRow[];
  /** Phones pick by tapping the start, then the end; elsewhere a drag (mouse, pen or touch) picks. */
  phone: boolean;
  onPick(pick: { room: Room; date: string; start: string; end: string }): void;
}

/** Rooms (or days) as rows, quarter hours as columns: free time is the green; drag across it to book. */
export function AvailabilityGrid({ data, rows, phone, onPick }: Props) {
  const t = useT();
  const columns = columnsOf(rows.map((r) => r.room));
  const [pick, setPickState] = useState<Pick | null>(null);
  const pickRef = useRef<Pick | null>(null);
  const setPick = (p: Pick | null) => {
    pickRef.current = p;
    setPickState(p);
  };
  const [tapStart, setTapStart] = useState<Pick | null>(null);
  const dragging = useRef(false);
  const pointerType = useRef('mouse');
  const segmentsByRow = new Map(rows.map((r) => [r.key, rowSegments(data, r.room, r.date, columns)]));
  const rowOf = (roomId: string, date: string) => rows.find((r) => r.room.id === roomId && r.date === date);

  const finish = (p: Pick) => {
    const row = rowOf(p.roomId, p.date);
    const { start, end } = pickRange(p);
    setPick(null);
    setTapStart(null);
    if (row) onPick({ room: row.room, date: row.date, start: toClock(start), end: toClock(end) });
  };

  // A drag follows the pointer over cells of its own row, as far as the time stays free.
  useEffect(() => {
    const cellAt = (x: number, y: number) => (document.elementFromPoint(x, y) as HTMLElement | null)?.closest<HTMLElement>('[data-minute]');
    const move = (e: PointerEvent) => {
      if (!dragging.current) return;
      const cell = cellAt(e.clientX, e.clientY);
      const p = pickRef.current;
      if (!p || !cell || cell.dataset.row !== `${p.roomId}|${p.date}`) return;
      const to = Number(cell.dataset.minute);
      const { start, end } = pickRange({ ...p, to });
      if (to !== p.to && rangeFree(segmentsByRow.get(cell.dataset.key!) ?? [], start, end)) setPick({ ...p, to });
    };
    const up = () => {
      if (!dragging.current) return;
      dragging.current = false;
      const p = pickRef.current;
      if (p) finish(p);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  });

  const down = (e: ReactPointerEvent<HTMLElement>, row: GridRow, minute: number) => {
    pointerType.current = e.pointerType;
    if (phone && e.pointerType === 'touch') return;
    e.preventDefault();
    (e.target as HTMLElement).releasePointerCapture?.(e.pointerId);
    dragging.current = true;
    setPick({ roomId: row.room.id, date: row.date, from: minute, to: minute });
  };

  // Tap-to-pick: the first tap marks the start, a second tap on the same row the end.
  const tap = (row: GridRow, minute: number) => {
    if (!phone || pointerType.current !== 'touch') return;
    const here: Pick = { roomId: row.room.id, date: row.date, from: minute, to: minute };
    if (!tapStart || tapStart.roomId !== here.roomId || tapStart.date !== here.date) return setTapStart(here);
    const range = pickRange({ ...tapStart, to: minute });
    if (rangeFree(segmentsByRow.get(row.key) ?? [], range.start, range.end)) finish({ ...tapStart, to: minute });
    else setTapStart(here);
  };

  const picked = (row: GridRow, minute: number) => {
    const p = pick ?? tapStart;
    if (!p || p.roomId !== row.room.id || p.date !== row.date) return false;
    const { start, end } = pickRange(p);
    return minute >= start && minute < end;
  };

  const bookingDetails = (b: GridBooking) => (
    <Space orientation="vertical" size={2}>
      <Typography.Text strong>{b.title}</Typography.Text>
      <span>
        {b.date} {b.start}–{b.end}
      </span>
      <span>{t('rooms.by', { name: b.owner.name })}</span>
      <Space size={4}>
        <Tag color={b.status === 'pending' ? 'orange' : 'blue'}>{t(`rooms.status.${b.status}`)}</Tag>
        {b.meetingId && <Tag>{t('rooms.meeting')}</Tag>}
      </Space>
    </Space>
  );

  const cell = (row: GridRow, s: Segment) => {
    if (s.kind === 'free') {
      return (
        <div
          key={s.minute}
          className={`room-grid-cell free${s.minute % 60 === 0 ? ' hour' : ''}${picked(row, s.minute) ? ' picked' : ''}`}
          data-row={`${row.room.id}|${row.date}`}
          data-key={row.key}
          data-minute={s.minute}
          data-testid={`cell-${row.room.name}-${row.date}-${toClock(s.minute)}`}
          role="button"
          aria-label={t('rooms.cell.free', { room: row.room.name, date: row.date, time: toClock(s.minute) })}
          onPointerDown={(e) => down(e, row, s.minute)}
          onClick={() => tap(row, s.minute)}
        />
      );
    }
    const width = { width: `calc(var(--room-cell) * ${s.span})` };
    if (s.kind === 'booking') {
      const b = s.booking;
      const kind = b.status === 'pending' ? 'pending' : b.mine ? 'mine' : 'taken';
      const label = t('rooms.cell.booking', { title: b.title, owner: b.owner.name, start: b.start, end: b.end });
      return (
        <Popover key={s.minute} content={bookingDetails(b)} trigger="click">
          <div className={`room-grid-span ${kind}`} style={width} title={label} aria-label={label} data-testid={`booking-${b.title}`}>
            {b.title}
          </div>
        </Popover>
      );
    }
    if (s.kind === 'block') {
      const label = t('rooms.cell.block', { reason: s.block.reason, start: s.block.start, end: s.block.end });
      return (
        <div key={s.minute} className="room-grid-span block" style={width} title={label} aria-label={label}>
          {s.block.reason}
        </div>
      );
    }
    return <div key={s.minute} className={`room-grid-cell ${s.kind}`} style={{ ...width, flexBasis: width.width }} />;
  };

  const style = { '--room-cell': phone ? '26px' : '22px', '--room-label-width': phone ? '92px' : '150px' } as CSSProperties;
  const hours = columns.filter((m) => m % 60 === 0);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {tapStart && (
        <Alert
          type="info"
          showIcon
          title={t('rooms.grid.tapEnd', { time: toClock(tapStart.from) })}
          action={
            <Button size="small" onClick={() => setTapStart(null)}>
              {t('rooms.grid.cancelPick')}
            </Button>
          }
        />
      )}
      <div className={`room-grid${phone ? '' : ' touch-drag'}`} style={style} data-testid="room-grid">
        <div className="room-grid-table">
          <div className="room-grid-row room-grid-head">
            <div className="room-grid-label" />
            {columns[0]! % 60 !== 0 && <div style={{ width: `calc(var(--room-cell) * ${(60 - (columns[0]! % 60)) / 15})` }} />}
            {hours.map((m) => (
              <div key={m} className="room-grid-hour">
                {toClock(m)}
              </div>
            ))}
          </div>
          {rows.map((row) => (
            <div key={row.key} className="room-grid-row">
              <Popover content={<RoomTags room={row.room} withPhoto />} title={row.room.name} trigger="click">
                <div className="room-grid-label">
                  {row.label}
                  <small>{row.sub}</small>
                </div>
              </Popover>
              {segmentsByRow.get(row.key)!.map((s) => cell(row, s))}
            </div>
          ))}
        </div>
      </div>
    </Space>
  );
}
