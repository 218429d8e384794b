import { DatePicker, Flex, Space, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n';
import { useWorkdays } from './api';
import { useNarrow } from './narrow';
import type { DateRangeValue } from './types';

const DAY = 'YYYY-MM-DD';
type Status = 'error' | undefined;

export const asRange = (v: unknown): DateRangeValue | undefined =>
  typeof v === 'object' && v !== null && typeof (v as DateRangeValue).start === 'string' && typeof (v as DateRangeValue).end === 'string'
    ? (v as DateRangeValue)
    : undefined;

const day = (v: unknown): Dayjs | null => (typeof v === 'string' && v ? dayjs(v) : null);

interface Props<V> {
  value: unknown;
  onChange(value: V | undefined): void;
  placeholder?: string;
  status?: Status;
}

/** A 'YYYY-MM-DD' date. */
export function DateInput({ value, onChange, placeholder, status }: Props<string>) {
  const narrow = useNarrow();
  return (
    <DatePicker
      value={day(value)}
      onChange={(d) => onChange(d ? d.format(DAY) : undefined)}
      placeholder={placeholder}
      status={status}
      inputReadOnly={narrow}
      style={{ width: '100%' }}
    />
  );
}

/** An ISO date-time; on a phone a date and a time picker side by side, which fit the screen. */
export function DateTimeInput({ value, onChange, placeholder, status }: Props<string>) {
  const narrow = useNarrow();
  const current = day(value);
  const emit = (d: Dayjs | null) => onChange(d ? d.second(0).millisecond(0).toISOString() : undefined);
  if (!narrow) {
    return (
      <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={current} onChange={emit} placeholder={placeholder} status={status} style={{ width: '100%' }} />
    );
  }
  return (
    <Space.Compact style={{ width: '100%' }}>
      <DatePicker
        value={current}
        onChange={(d) => emit(d ? (current ?? d.hour(9).minute(0)).year(d.year()).month(d.month()).date(d.date()) : null)}
        status={status}
        inputReadOnly
        style={{ width: '60%' }}
      />
      <TimePicker
        format="HH:mm"
        value={current}
        onChange={(d) => emit(d ? (current ?? dayjs()).hour(d.hour()).minute(d.minute()) : null)}
        status={status}
        inputReadOnly
        style={{ width: '40%' }}
      />
    </Space.Compact>
  );
}

/** {start, end}: a range picker (two date pickers on a phone) with the workday count under it. */
export function DateRangeInput({ value, onChange, status }: Props<DateRangeValue>) {
  const t = useT();
  const narrow = useNarrow();
  const range = asRange(value);
  const workdays = useWorkdays(range?.start, range?.end);
  const days = workdays.data?.days ?? range?.days;
  const set = (start?: string, end?: string) => onChange(start || end ? { start: start ?? '', end: end ?? '' } : undefined);
  return (
    <Flex vertical gap={4}>
      {narrow ? (
        <Flex gap={8} align="center">
          <DatePicker value={day(range?.start)} onChange={(d) => set(d?.format(DAY), range?.end)} placeholder={t('wfForm.rangeStart')} status={status} inputReadOnly style={{ flex: 1 }} />
          <span>~</span>
          <DatePicker
            value={day(range?.end)}
            onChange={(d) => set(range?.start, d?.format(DAY))}
            minDate={day(range?.start) ?? undefined}
            placeholder={t('wfForm.rangeEnd')}
            status={status}
            inputReadOnly
            style={{ flex: 1 }}
          />
        </Flex>
      ) : (
        <DatePicker.RangePicker
          value={range ? [day(range.start), day(range.end)] : null}
          onChange={(d) => set(d?.[0]?.format(DAY), d?.[1]?.format(DAY))}
          placeholder={[t('wfForm.rangeStart'), t('wfForm.rangeEnd')]}
          status={status}
          style={{ width: '100%' }}
        />
      )}
      {range?.start && range.end && days !== undefined && (
        <Typography.Text type="secondary">{t('wfForm.workdays', { days })}</Typography.Text>
      )}
    </Flex>
  );
}
