import { useMemo, useState } from 'react';
import { Alert, Button, Card, DatePicker, Empty, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n';
import { QueryError } from '../../org/shared/QueryError';
import { PersonSelect } from '../../workflow/forms/PersonSelect';
import { useFreeBusy } from '../api';
import '../i18n';

/** The stretch of the day drawn: office hours with a margin. */
const FIRST_HOUR = 7;
const LAST_HOUR = 21;
const SPAN_MIN = (LAST_HOUR - FIRST_HOUR) * 60;
const TICKS = Array.from({ length: LAST_HOUR - FIRST_HOUR + 1 }, (_, i) => FIRST_HOUR + i).filter((h) => h % 2 === 1);

/** 同事忙闲: when the chosen colleagues are busy on a day, as bars on a time line; never what with. */
export default function FreeBusyPage() {
  const t = useT();
  const [people, setPeople] = useState<string[]>([]);
  const [day, setDay] = useState<Dayjs>(() => dayjs().startOf('day'));
  const range = useMemo(() => ({ from: day.toISOString(), to: day.add(1, 'day').toISOString() }), [day]);
  const query = useFreeBusy(people, range);
  const at = (iso: string) => Math.min(Math.max(dayjs(iso).diff(day.hour(FIRST_HOUR), 'minute'), 0), SPAN_MIN) / SPAN_MIN;

  return (
    <Card title={t('schedule.menu.freeBusy')}>
      <Alert type="info" showIcon title={t('schedule.freeBusy.hint')} style={{ marginBottom: 12 }} />
      <Space wrap style={{ marginBottom: 16, width: '100%' }}>
        <div style={{ minWidth: 260, flex: 1 }}>
          <PersonSelect multiple value={people} onChange={(ids) => setPeople(ids ?? [])} placeholder={t('schedule.freeBusy.pick')} />
        </div>
        <Space.Compact>
          <Button icon={<LeftOutlined />} aria-label={t('schedule.prev')} onClick={() => setDay(day.subtract(1, 'day'))} />
          <DatePicker value={day} allowClear={false} inputReadOnly onChange={(d) => d && setDay(d.startOf('day'))} />
          <Button icon={<RightOutlined />} aria-label={t('schedule.next')} onClick={() => setDay(day.add(1, 'day'))} />
        </Space.Compact>
      </Space>
      <QueryError error={query.error} />
      {!people.length ? (
        <Empty description={t('schedule.freeBusy.empty')} />
      ) : (
        <div data-testid="schedule-free-busy">
          <div style={{ position: 'relative', height: 18, marginLeft: 88, fontSize: 12, color: '#8c8c8c' }}>
            {TICKS.map((h) => (
              <span key={h} style={{ position: 'absolute', left: `${((h - FIRST_HOUR) * 60 * 100) / SPAN_MIN}%`, transform: 'translateX(-50%)' }}>
                {h}
              </span>
            ))}
          </div>
          {(query.data?.people ?? []).map((p) => (
            <div key={p.userId} style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }}>
              <Typography.Text ellipsis style={{ width: 80 }}>
                {p.name}
              </Typography.Text>
              <div style={{ position: 'relative', flex: 1, height: 24, background: '#f6ffed', border: '1px solid #d9f7be', borderRadius: 4 }}>
                {p.busy.map((b) => (
                  <div
                    key={`${b.startAt}-${b.endAt}`}
                    title={b.allDay ? t('schedule.allDay') : `${dayjs(b.startAt).format('HH:mm')}–${dayjs(b.endAt).format('HH:mm')}`}
                    style={{ position: 'absolute', top: 0, bottom: 0, left: `${at(b.startAt) * 100}%`, width: `${Math.max((at(b.endAt) - at(b.startAt)) * 100, 0.5)}%`, background: '#ff7875' }}
                  />
                ))}
              </div>
            </div>
          ))}
          <Typography.Text type="secondary">{t('schedule.freeBusy.legend')}</Typography.Text>
        </div>
      )}
    </Card>
  );
}
