import { useEffect, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { useT } from '../../app/i18n';
import { useShowError } from '../org/shared/feedback';
import { bookRoom, ROOMS_KEY, type BookRequest, type Room } from './api';
import { SLOT, toClock, toMinutes } from './grid';
import { RoomTags } from './RoomTags';

export interface Draft {
  room: Room;
  date: string;
  start: string;
  end: string;
}

interface Values {
  start: string;
  end: string;
  title: string;
  repeat: boolean;
  until?: Dayjs;
  exceptions?: Dayjs[];
}

const DATE = 'YYYY-MM-DD';

/** The small form a picked slot opens: subject, times (adjustable), and "repeat weekly until …". */
export function BookingModal({ draft, onClose }: { draft: Draft | null; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [seriesTaken, setSeriesTaken] = useState<string | null>(null);
  const repeat = Form.useWatch('repeat', form);

  useEffect(() => {
    if (!draft) return;
    setSeriesTaken(null);
    form.resetFields();
    form.setFieldsValue({ start: draft.start, end: draft.end, title: '', repeat: false, until: dayjs(draft.date).add(8, 'week'), exceptions: [] });
  }, [draft, form]);

  if (!draft) return null;
  const opens = toMinutes(draft.room.opensAt);
  const closes = toMinutes(draft.room.closesAt);
  const clocks = Array.from({ length: (closes - opens) / SLOT + 1 }, (_, i) => toClock(opens + i * SLOT));

  const submit = async (freeOnly = false) => {
    const v = await form.validateFields();
    const body: BookRequest = {
      date: draft.date,
      start: v.start,
      end: v.end,
      title: v.title,
      ...(v.repeat && v.until ? { repeat: { until: v.until.format(DATE), exceptions: (v.exceptions ?? []).map((d) => d.format(DATE)), freeOnly } } : {}),
    };
    setBusy(true);
    try {
      const result = await bookRoom(draft.room.id, body);
      await client.invalidateQueries({ queryKey: [ROOMS_KEY] });
      const pending = result.bookings.some((b) => b.status === 'pending');
      message.success(pending ? t('rooms.book.pending') : t('rooms.book.done', { n: result.bookings.length }));
      if (result.skipped.length) message.info(t('rooms.book.skipped', { dates: result.skipped.join('、') }));
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'ROOM_SERIES_TAKEN') setSeriesTaken(err.message);
      else showError(err, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('rooms.book.title')}
      onCancel={onClose}
      width="min(480px, 100vw)"
      footer={
        <Space>
          <Button onClick={onClose}>{t('admin.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => submit(false)} data-testid="book-submit">
            {t('rooms.book.submit')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
        <Typography.Text strong>
          {draft.room.name} · {draft.date}
        </Typography.Text>
        <RoomTags room={draft.room} />
        {draft.room.needsApproval && <Alert type="warning" showIcon title={t('rooms.book.approvalNote')} />}
      </Space>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="title" label={t('rooms.book.subject')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input placeholder={t('rooms.book.subjectPlaceholder')} maxLength={100} autoFocus data-testid="book-title" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="start" label={t('rooms.book.start')} style={{ flex: 1 }}>
            <Select options={clocks.slice(0, -1).map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="end" label={t('rooms.book.end')} style={{ flex: 1 }}>
            <Select options={clocks.slice(1).map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="repeat" label={t('rooms.book.repeat')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {repeat && (
          <>
            <Form.Item name="until" label={t('rooms.book.until')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(draft.date))} />
            </Form.Item>
            <Form.Item name="exceptions" label={t('rooms.book.exceptions')}>
              <DatePicker multiple style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(draft.date))} />
            </Form.Item>
          </>
        )}
      </Form>
      {seriesTaken && (
        <Alert
          type="error"
          showIcon
          title={seriesTaken}
          action={
            <Button size="small" onClick={() => submit(true)}>
              {t('rooms.book.freeOnly')}
            </Button>
          }
        />
      )}
    </Modal>
  );
}
