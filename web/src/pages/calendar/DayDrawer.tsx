import { Form, Input, Radio } from 'antd';
import { useT } from '../../app/i18n';
import { FormDrawer } from '../org/shared/FormDrawer';
import { CALENDAR_KEY, removeDay, saveDay, type CalendarDay, type DayKind } from './api';
import { isWeekend, weekdayIndex } from './days';

interface Values {
  kind: DayKind | 'normal';
  name?: string;
}

/** Sets one date: holiday, make-up workday (weekends only), or back to normal (removes the exception). */
export function DayDrawer({ date, current, onClose }: { date: string | null; current?: CalendarDay; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const weekend = date !== null && isWeekend(date);
  const weekday = date ? t('calendar.weekday', { day: t('calendar.weekdays').split(',')[weekdayIndex(date)]! }) : '';

  const submit = async (v: Values) => {
    if (!date) return;
    if (v.kind !== 'normal') await saveDay({ date, kind: v.kind, name: v.name?.trim() ?? '' });
    else if (current) await removeDay(date);
  };

  return (
    <FormDrawer<Values>
      open={date !== null}
      onClose={onClose}
      form={form}
      title={date ? t('calendar.edit', { date, weekday }) : ''}
      initialValues={{ kind: current?.kind ?? 'normal', name: current?.name ?? '' }}
      invalidate={[CALENDAR_KEY]}
      onSubmit={submit}
    >
      <Form.Item
        name="kind"
        label={t('calendar.kind')}
        extra={kind === 'normal' ? t('calendar.normalHelp') : !weekend ? t('calendar.workdayWeekendOnly') : undefined}
      >
        <Radio.Group>
          <Radio.Button value="holiday">{t('calendar.kind.holiday')}</Radio.Button>
          <Radio.Button value="workday" disabled={!weekend}>
            {t('calendar.kind.workday')}
          </Radio.Button>
          <Radio.Button value="normal">{t('calendar.kind.normal')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      {kind !== 'normal' && (
        <Form.Item name="name" label={t('calendar.name')}>
          <Input maxLength={40} placeholder={t('calendar.namePlaceholder')} />
        </Form.Item>
      )}
    </FormDrawer>
  );
}
