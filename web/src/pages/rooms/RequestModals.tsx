import { Form, Input, Modal, Rate, Select } from 'antd';
import { useState } from 'react';
import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n';
import { useShowError } from '../org/shared/feedback';
import { giveFeedback, requestAdjustment, ROOMS_KEY, type Booking } from './api';

const KINDS = ['seats', 'equipment', 'service', 'other'] as const;

/** A modal form that posts for a booking and refreshes the room queries. */
function BookingForm<V extends object>(props: { booking: Booking | null; title: string; done: string; onClose(): void; send(id: string, v: V): Promise<unknown>; children: React.ReactNode }) {
  const { booking, title, done, onClose, send, children } = props;
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const client = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      await send(booking!.id, values);
      await client.invalidateQueries({ queryKey: [ROOMS_KEY] });
      message.success(done);
      onClose();
    } catch (err) {
      showError(err, form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={!!booking} title={title} onCancel={onClose} onOk={submit} confirmLoading={busy} destroyOnHidden width="min(480px, 100vw)">
      {booking && (
        <p>
          {booking.roomName} · {booking.date} {booking.start}–{booking.end} · {booking.title}
        </p>
      )}
      <Form form={form} layout="vertical" preserve={false}>
        {children}
      </Form>
    </Modal>
  );
}

/** 调整申请: more seats, a projector … to the administrative office. */
export function AdjustmentModal({ booking, onClose }: { booking: Booking | null; onClose(): void }) {
  const t = useT();
  return (
    <BookingForm<{ kind: string; detail: string }> booking={booking} title={t('rooms.adjust.title')} done={t('rooms.adjust.sent')} onClose={onClose} send={requestAdjustment}>
      <Form.Item name="kind" label={t('rooms.adjust.kind')} initialValue="seats" rules={[{ required: true }]}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(`rooms.adjust.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="detail" label={t('rooms.adjust.detail')} rules={[{ required: true, whitespace: true, max: 500 }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </BookingForm>
  );
}

/** 使用反馈 after the booking has ended: cleanliness 1–5 and equipment faults. */
export function FeedbackModal({ booking, onClose }: { booking: Booking | null; onClose(): void }) {
  const t = useT();
  return (
    <BookingForm<{ cleanliness: number; equipmentFaults: string; comment: string }>
      booking={booking}
      title={t('rooms.feedback.title')}
      done={t('rooms.feedback.thanks')}
      onClose={onClose}
      send={(id, v) => giveFeedback(id, { cleanliness: v.cleanliness, equipmentFaults: v.equipmentFaults ?? '', comment: v.comment ?? '' })}
    >
      <Form.Item name="cleanliness" label={t('rooms.feedback.cleanliness')} initialValue={5} rules={[{ required: true }]}>
        <Rate allowClear={false} />
      </Form.Item>
      <Form.Item name="equipmentFaults" label={t('rooms.feedback.faults')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('rooms.feedback.faultsPlaceholder')} />
      </Form.Item>
      <Form.Item name="comment" label={t('rooms.feedback.comment')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </BookingForm>
  );
}
