import { Checkbox, DatePicker, Form, Input, Radio, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../app/i18n';
import { useTeamCalendar, useTeamCalendars } from './api';

/** Reminder offsets offered, in minutes before the start (the server accepts exactly these). */
export const REMINDER_CHOICES = [15, 60, 0, 5, 30, 120, 1440];

export interface EntryFormValues {
  title: string;
  kind: 'event' | 'trip';
  allDay: boolean;
  start: Dayjs;
  end: Dayjs;
  location: string;
  notes: string;
  priority: 'high' | 'normal' | 'low';
  reminders: number[];
  visibility: 'busy' | 'private';
  recurrence: 'none' | 'weekly';
  recurUntil: Dayjs | null;
  /** '' = my own calendar. */
  calendarId: string;
  participantIds: string[];
}

/** The fields of an entry; the calendar is chosen only when creating one. */
export function EntryFields({ isNew }: { isNew: boolean }) {
  const t = useT();
  const form = Form.useFormInstance<EntryFormValues>();
  const allDay = Form.useWatch('allDay', form);
  const recurrence = Form.useWatch('recurrence', form);
  const calendarId = Form.useWatch('calendarId', form);
  const calendars = useTeamCalendars();
  const team = useTeamCalendar(calendarId || null);
  const picker = allDay ? {} : { showTime: { format: 'HH:mm', minuteStep: 5 as const }, format: 'YYYY-MM-DD HH:mm' };

  return (
    <>
      <Form.Item name="title" label={t('schedule.field.title')} rules={[{ required: true, whitespace: true, message: t('schedule.required.title') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('schedule.field.kind')}>
        <Radio.Group optionType="button" options={(['event', 'trip'] as const).map((k) => ({ value: k, label: t(`schedule.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="allDay" label={t('schedule.field.allDay')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="start" label={t('schedule.field.start')} rules={[{ required: true, message: t('schedule.required.time') }]}>
        <DatePicker {...picker} style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
      <Form.Item name="end" label={t('schedule.field.end')} rules={[{ required: true, message: t('schedule.required.time') }]}>
        <DatePicker {...picker} style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
      <Form.Item name="location" label={t('schedule.field.location')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="priority" label={t('schedule.field.priority')}>
        <Radio.Group optionType="button" options={(['high', 'normal', 'low'] as const).map((p) => ({ value: p, label: t(`schedule.priority.${p}`) }))} />
      </Form.Item>
      <Form.Item name="reminders" label={t('schedule.field.reminders')}>
        <Checkbox.Group options={REMINDER_CHOICES.map((m) => ({ value: m, label: t(`schedule.reminder.${m}`) }))} />
      </Form.Item>
      <Form.Item name="recurrence" label={t('schedule.field.recurrence')}>
        <Select options={(['none', 'weekly'] as const).map((r) => ({ value: r, label: t(`schedule.recurrence.${r}`) }))} />
      </Form.Item>
      {recurrence === 'weekly' && (
        <Form.Item name="recurUntil" label={t('schedule.field.recurUntil')}>
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
      )}
      <Form.Item name="visibility" label={t('schedule.field.visibility')}>
        <Radio.Group options={(['busy', 'private'] as const).map((v) => ({ value: v, label: t(`schedule.visibility.${v}`) }))} />
      </Form.Item>
      <Form.Item name="calendarId" label={t('schedule.field.calendar')}>
        <Select
          disabled={!isNew}
          options={[{ value: '', label: t('schedule.mine') }, ...(calendars.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))]}
        />
      </Form.Item>
      {calendarId && (
        <Form.Item name="participantIds" label={t('schedule.field.participants')} extra={t('schedule.participantsHint')}>
          <Select mode="multiple" optionFilterProp="label" options={(team.data?.members ?? []).map((m) => ({ value: m.userId, label: m.name }))} />
        </Form.Item>
      )}
      <Form.Item name="notes" label={t('schedule.field.notes')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </>
  );
}
