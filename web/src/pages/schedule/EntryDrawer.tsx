import { Button, Descriptions, Drawer, Popconfirm, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../app/i18n';
import { DRAWER_SIZE, FormDrawer } from '../org/shared/FormDrawer';
import { useApiMutation } from '../org/shared/feedback';
import { createEntry, deleteEntry, SCHEDULE, updateEntry, useEntry, type EntryPayload, type EntryView } from './api';
import { zoneDate, zoneInstant } from './dates';
import { EntryFields, type EntryFormValues } from './EntryFields';
import { EntryPeople } from './EntryPeople';

export type Opening = { mode: 'new'; start: Dayjs; allDay: boolean; calendarId: string | null } | { mode: 'open'; id: string };

const toPayload = (v: EntryFormValues, timeZone: string): EntryPayload => ({
  title: v.title,
  kind: v.kind,
  allDay: v.allDay,
  // All-day: the first and last dates as the unit's zone sees them, whatever the browser's zone.
  startAt: v.allDay ? zoneInstant(v.start.format('YYYY-MM-DD'), 0, 0, timeZone) : v.start.toISOString(),
  endAt: v.allDay ? zoneInstant(v.end.format('YYYY-MM-DD'), 23, 59, timeZone) : v.end.toISOString(),
  location: v.location ?? '',
  notes: v.notes ?? '',
  priority: v.priority,
  reminders: v.reminders ?? [],
  visibility: v.visibility,
  recurrence: v.recurrence,
  recurUntil: v.recurrence === 'weekly' && v.recurUntil ? v.recurUntil.format('YYYY-MM-DD') : null,
  calendarId: v.calendarId || null,
  participantIds: v.calendarId ? (v.participantIds ?? []) : [],
});

const valuesOf = (e: EntryView, timeZone: string): EntryFormValues => ({
  title: e.title,
  kind: e.kind,
  allDay: e.allDay,
  start: e.allDay ? dayjs(zoneDate(e.startAt, timeZone)) : dayjs(e.startAt),
  end: e.allDay ? dayjs(zoneDate(Date.parse(e.endAt) - 1, timeZone)) : dayjs(e.endAt),
  location: e.location,
  notes: e.notes,
  priority: e.priority,
  reminders: e.reminders,
  visibility: e.visibility,
  recurrence: e.recurrence,
  recurUntil: e.recurUntil ? dayjs(e.recurUntil) : null,
  calendarId: e.calendarId ?? '',
  participantIds: e.participants.map((p) => p.userId).filter((u) => u !== e.ownerUserId),
});

const defaults = (start: Dayjs, allDay: boolean, calendarId: string | null): EntryFormValues => ({
  title: '',
  kind: 'event',
  allDay,
  start,
  end: allDay ? start : start.add(1, 'hour'),
  location: '',
  notes: '',
  priority: 'normal',
  reminders: [15],
  visibility: 'busy',
  recurrence: 'none',
  recurUntil: null,
  calendarId: calendarId ?? '',
  participantIds: [],
});

interface Props {
  opening: Opening | null;
  timeZone: string;
  onClose(): void;
}

/** Creates an entry, edits one the caller may change, or shows one they take part in (with their reply). */
export function EntryDrawer({ opening, timeZone, onClose }: Props) {
  const t = useT();
  const id = opening?.mode === 'open' ? opening.id : null;
  const entry = useEntry(id);
  const remove = useApiMutation((entryId: string) => deleteEntry(entryId), [SCHEDULE], onClose);

  if (opening?.mode === 'new') {
    return (
      <FormDrawer<EntryFormValues, EntryView>
        open
        title={t('schedule.drawer.new')}
        onClose={onClose}
        initialValues={defaults(opening.start, opening.allDay, opening.calendarId)}
        onSubmit={(v) => createEntry(toPayload(v, timeZone))}
        invalidate={[SCHEDULE]}
      >
        <EntryFields isNew />
      </FormDrawer>
    );
  }
  if (!id) return null;
  if (!entry.data) {
    return (
      <Drawer open title={t('schedule.drawer.view')} onClose={onClose} size={DRAWER_SIZE}>
        {entry.isError ? <Typography.Text type="danger">{(entry.error as Error).message}</Typography.Text> : <Spin />}
      </Drawer>
    );
  }
  const e = entry.data;
  if (!e.can.edit) {
    return (
      <Drawer open title={e.title} onClose={onClose} size={DRAWER_SIZE}>
        <EntryPeople entry={e} />
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('schedule.field.time')}>
            {e.allDay
              ? `${zoneDate(e.startAt, timeZone)} – ${zoneDate(Date.parse(e.endAt) - 1, timeZone)} ${t('schedule.allDay')}`
              : `${dayjs(e.startAt).format('YYYY-MM-DD HH:mm')} – ${dayjs(e.endAt).format(dayjs(e.endAt).isSame(e.startAt, 'day') ? 'HH:mm' : 'YYYY-MM-DD HH:mm')}`}
            {e.recurrence === 'weekly' && ` · ${t('schedule.weekly')}`}
          </Descriptions.Item>
          {e.location && <Descriptions.Item label={t('schedule.field.location')}>{e.location}</Descriptions.Item>}
          <Descriptions.Item label={t('schedule.field.priority')}>{t(`schedule.priority.${e.priority}`)}</Descriptions.Item>
          {e.notes && <Descriptions.Item label={t('schedule.field.notes')}>{e.notes}</Descriptions.Item>}
        </Descriptions>
      </Drawer>
    );
  }
  return (
    <FormDrawer<EntryFormValues, EntryView>
      key={`${e.id}-${e.updatedAt}`}
      open
      title={t('schedule.drawer.edit')}
      onClose={onClose}
      initialValues={valuesOf(e, timeZone)}
      onSubmit={(v) => updateEntry(e.id, toPayload(v, timeZone))}
      invalidate={[SCHEDULE]}
    >
      <EntryPeople entry={e} />
      <EntryFields isNew={false} />
      {e.can.delete && (
        <Popconfirm title={t('schedule.confirmDelete')} onConfirm={() => remove.mutate(e.id)}>
          <Button danger loading={remove.isPending}>
            {t('schedule.delete')}
          </Button>
        </Popconfirm>
      )}
    </FormDrawer>
  );
}
