import { App, Flex, Switch, TimePicker, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { get, put } from '../../api/client';
import { useT } from '../../app/i18n';
import './i18n';

interface Preferences {
  quietStart: string | null;
  quietEnd: string | null;
  timeZone: string;
}

const KEY = ['notification-preferences'];
const DEFAULT = { quietStart: '22:00', quietEnd: '07:00' };
const FORMAT = 'HH:mm';
const atClock = (clock: string) => dayjs().startOf('day').hour(Number(clock.slice(0, 2))).minute(Number(clock.slice(3, 5)));

/** 免打扰时段 in the 通知渠道 card: external channels wait while it lasts; saved at each change. */
export function QuietHours() {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const query = useQuery({ queryKey: KEY, queryFn: () => get<Preferences>('/api/notifications/preferences') });
  const save = useMutation({
    mutationFn: (p: { quietStart: string | null; quietEnd: string | null }) => put<Preferences>('/api/notifications/preferences', p),
    onSuccess: (p) => {
      client.setQueryData(KEY, p);
      message.success(t('common.saved'));
    },
    onError: (err) => message.error(err.message),
  });
  const p = query.data;
  const on = !!p?.quietStart;
  const change = (which: 'quietStart' | 'quietEnd', value: dayjs.Dayjs | null) => {
    if (!p || !value) return;
    const next = { quietStart: p.quietStart, quietEnd: p.quietEnd, [which]: value.format(FORMAT) };
    if (next.quietStart === next.quietEnd) return void message.warning(t('notices.quiet.invalid'));
    save.mutate(next);
  };

  return (
    <Flex vertical gap={8} data-testid="quiet-hours">
      <Typography.Text strong>{t('notices.quiet.title')}</Typography.Text>
      <Typography.Text type="secondary">{t('notices.quiet.hint', { zone: p?.timeZone ?? '' })}</Typography.Text>
      <Flex align="center" gap={8} wrap>
        <Switch
          checked={on}
          loading={query.isPending || save.isPending}
          onChange={(checked) => save.mutate(checked ? DEFAULT : { quietStart: null, quietEnd: null })}
          aria-label={t('notices.quiet.on')}
        />
        <Typography.Text>{t('notices.quiet.on')}</Typography.Text>
      </Flex>
      {on && (
        <Flex align="center" gap={8} wrap>
          <ClockPicker value={p.quietStart!} onChange={(v) => change('quietStart', v)} label={t('notices.quiet.start')} />
          <span>–</span>
          <ClockPicker value={p.quietEnd!} onChange={(v) => change('quietEnd', v)} label={t('notices.quiet.end')} />
        </Flex>
      )}
    </Flex>
  );
}

/** One end of the quiet hours: HH:mm in five-minute steps. */
function ClockPicker({ value, onChange, label }: { value: string; onChange(v: dayjs.Dayjs | null): void; label: string }) {
  return (
    <TimePicker
      format={FORMAT}
      minuteStep={5}
      allowClear={false}
      needConfirm={false}
      inputReadOnly
      value={atClock(value)}
      onChange={onChange}
      aria-label={label}
      style={{ width: 110 }}
    />
  );
}
