import { useState } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Radio, Switch, TimePicker, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { post, put } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { applyServerErrors } from '../../../components/formErrors';
import { PersonSelect } from '../../workflow/forms/PersonSelect';
import { DepartmentSelect } from '../../workflow/forms/DepartmentSelect';
import { meetingPath, useClashes, useRefreshMeetings, type Classification, type MeetingView } from '../api';
import { ClashAlert } from './ClashAlert';
import { RoomPicker } from './RoomPicker';

interface Values {
  topic: string;
  date?: Dayjs;
  time?: [Dayjs, Dayjs];
  place: 'room' | 'online';
  roomId?: string | null;
  onlineUrl?: string;
  classification: Classification;
  attendeeUserIds?: string[];
  observerUserIds?: string[];
  departmentIds?: string[];
  recorderUserId?: string[];
  agenda?: { title: string; presenter?: string; minutes?: number }[];
  reminderMinutes: number[];
  weekly: boolean;
  weeks: number;
  description?: string;
}

const REMINDERS = [1440, 60, 15];
const instant = (date: Dayjs | undefined, time: Dayjs | undefined) =>
  date && time ? date.hour(time.hour()).minute(time.minute()).second(0).millisecond(0).toISOString() : undefined;

/** The form's values for a meeting being changed. */
function valuesOf(m: MeetingView): Partial<Values> {
  const named = (role: 'attendee' | 'observer') => m.attendees.filter((a) => a.role === role && !a.viaDepartmentId && !a.delegatedFrom).map((a) => a.userId);
  return {
    topic: m.topic,
    date: dayjs(m.startAt),
    time: [dayjs(m.startAt), dayjs(m.endAt)],
    place: m.roomId ? 'room' : 'online',
    roomId: m.roomId,
    onlineUrl: m.onlineUrl,
    classification: m.classification,
    attendeeUserIds: named('attendee'),
    observerUserIds: named('observer'),
    departmentIds: m.departments.map((d) => d.id),
    recorderUserId: m.recorder ? [m.recorder.userId] : [],
    agenda: m.agenda,
    reminderMinutes: m.reminderMinutes,
    description: m.description,
  };
}

/**
 * 申请会议 (and 修改会议 when `meeting` is given): topic, time, a room free then (or an online link),
 * attendees with their clashes, agenda, 密级, recorder. A new one is saved and sent for approval; an
 * approved one's attendees are sent the change.
 */
export function MeetingForm({ meeting }: { meeting?: MeetingView }) {
  const t = useT();
  const navigate = useNavigate();
  const refresh = useRefreshMeetings();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const date = Form.useWatch('date', form);
  const time = Form.useWatch('time', form);
  const place = Form.useWatch('place', form);
  const weekly = Form.useWatch('weekly', form);
  const startAt = instant(date, time?.[0]);
  const endAt = instant(date, time?.[1]);
  const clashes = useClashes({
    startAt,
    endAt,
    userIds: [...(Form.useWatch('attendeeUserIds', form) ?? []), ...(Form.useWatch('observerUserIds', form) ?? [])],
    departmentIds: Form.useWatch('departmentIds', form) ?? [],
    excludeMeetingId: meeting?.id,
  });

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const body = {
        topic: v.topic,
        description: v.description ?? '',
        startAt: instant(v.date, v.time?.[0]),
        endAt: instant(v.date, v.time?.[1]),
        roomId: v.place === 'room' ? (v.roomId ?? null) : null,
        onlineUrl: v.place === 'online' ? (v.onlineUrl ?? '').trim() : '',
        classification: v.classification,
        attendeeUserIds: v.attendeeUserIds ?? [],
        observerUserIds: v.observerUserIds ?? [],
        departmentIds: v.departmentIds ?? [],
        recorderUserId: v.recorderUserId?.[0] ?? null,
        agenda: (v.agenda ?? []).filter((a) => a.title?.trim()).map((a) => ({ title: a.title, presenter: a.presenter ?? '', minutes: a.minutes ?? 0 })),
        reminderMinutes: v.reminderMinutes,
      };
      let id = meeting?.id;
      if (id) await put(`/api/meetings/${id}`, body);
      else {
        const { ids } = await post<{ ids: string[] }>('/api/meetings', { ...body, weeks: v.weekly ? v.weeks : 1 });
        id = ids[0]!;
        await post(`/api/meetings/${id}/submit`);
      }
      await refresh();
      navigate(meetingPath(id));
    } catch (err) {
      setError(applyServerErrors(form, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t(meeting ? 'meetings.edit.heading' : 'meetings.menu.apply')}
      </Typography.Title>
      {meeting?.status === 'approved' && <Alert type="info" showIcon title={t('meetings.edit.approvedNote')} />}
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ place: 'room', classification: 'internal', reminderMinutes: REMINDERS, weekly: false, weeks: 4, agenda: [{ title: '' }], ...(meeting && valuesOf(meeting)) }}
          data-testid="apply-form"
        >
          <Form.Item name="topic" label={t('meetings.field.topic')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input maxLength={200} data-testid="topic" />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name="date" label={t('meetings.field.date')} rules={[{ required: true }]} style={{ flex: '1 1 160px' }}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="date" />
            </Form.Item>
            <Form.Item name="time" label={t('meetings.field.hours')} rules={[{ required: true }]} style={{ flex: '1 1 200px' }}>
              <TimePicker.RangePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} data-testid="time" />
            </Form.Item>
          </Flex>
          {!meeting && (
            <Flex gap={12} wrap align="center">
              <Form.Item name="weekly" label={t('meetings.field.weekly')} valuePropName="checked">
                <Switch />
              </Form.Item>
              {weekly && (
                <Form.Item name="weeks" label={t('meetings.field.weeks')}>
                  <InputNumber min={2} max={26} />
                </Form.Item>
              )}
            </Flex>
          )}
          <Form.Item name="place" label={t('meetings.field.place')}>
            <Radio.Group options={[{ value: 'room', label: t('meetings.place.room') }, { value: 'online', label: t('meetings.place.online') }]} optionType="button" />
          </Form.Item>
          {place === 'online' ? (
            <Form.Item name="onlineUrl" label={t('meetings.field.onlineUrl')} rules={[{ required: true, type: 'url' }]} extra={t('meetings.field.onlineUrlHelp')}>
              <Input placeholder="https://meeting.tencent.com/dm/…" />
            </Form.Item>
          ) : (
            <Form.Item name="roomId" label={t('meetings.field.room')} rules={[{ required: true }]}>
              <RoomPicker startAt={startAt} endAt={endAt} heldBy={meeting?.id} />
            </Form.Item>
          )}
          <Form.Item name="classification" label={t('meetings.field.level')} extra={t('meetings.field.levelHelp')}>
            <Radio.Group options={(['public', 'internal', 'secret'] as const).map((l) => ({ value: l, label: t(`meetings.level.${l}`) }))} />
          </Form.Item>
          <Form.Item name="attendeeUserIds" label={t('meetings.field.attendees')}>
            <PersonSelect multiple onChange={(v) => form.setFieldValue('attendeeUserIds', v)} />
          </Form.Item>
          <Form.Item name="departmentIds" label={t('meetings.field.departments')} extra={t('meetings.field.departmentsHelp')}>
            <DepartmentSelect multiple onChange={(v) => form.setFieldValue('departmentIds', v)} />
          </Form.Item>
          <Form.Item name="observerUserIds" label={t('meetings.field.observers')}>
            <PersonSelect multiple onChange={(v) => form.setFieldValue('observerUserIds', v)} />
          </Form.Item>
          <Form.Item>
            <ClashAlert clashes={clashes.data} />
          </Form.Item>
          <Form.Item name="recorderUserId" label={t('meetings.field.recorder')}>
            <PersonSelect onChange={(v) => form.setFieldValue('recorderUserId', v)} />
          </Form.Item>
          <Form.Item label={t('meetings.field.agenda')}>
            <Form.List name="agenda">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((f, i) => (
                    <Flex key={f.key} gap={8} align="center" wrap>
                      <Typography.Text type="secondary">{i + 1}.</Typography.Text>
                      <Form.Item name={[f.name, 'title']} noStyle>
                        <Input placeholder={t('meetings.agenda.title')} style={{ flex: '3 1 200px' }} maxLength={200} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'presenter']} noStyle>
                        <Input placeholder={t('meetings.agenda.presenter')} style={{ flex: '1 1 90px' }} maxLength={50} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'minutes']} noStyle>
                        <InputNumber placeholder={t('meetings.agenda.minutes')} min={0} max={600} style={{ width: 100 }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '' })} autoInsertSpace={false}>
                    {t('meetings.agenda.add')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item name="reminderMinutes" label={t('meetings.field.reminders')}>
            <Checkbox.Group options={REMINDERS.map((m) => ({ value: m, label: t(`meetings.reminder.${m}`) }))} />
          </Form.Item>
          <Form.Item name="description" label={t('meetings.field.description')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="apply-submit" autoInsertSpace={false}>
            {t(meeting ? 'meetings.edit.save' : 'meetings.apply.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
