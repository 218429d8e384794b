import { useState, type ReactNode } from 'react';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Modal } from 'antd';
import { CheckOutlined, ClockCircleOutlined, EditOutlined, RollbackOutlined, SoundOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n';
import { AttachmentInput } from '../../workflow/forms/AttachmentInput';
import type { ItemView } from '../api';
import { useItemCommand } from './useItemCommand';

type Action = 'report' | 'extend' | 'conclude' | 'confirm' | 'return' | 'urge';

/** One action's form in a modal; the values become the request's body. */
function ActionModal({ item, action, onClose }: { item: ItemView; action: Action; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm();
  const command = useItemCommand(item.id, form, onClose);
  const required = [{ required: true, whitespace: true, message: t('supervision.form.required') }];
  const fields: Record<Action, { title: string; path: string; body(v: Record<string, unknown>): unknown; items: ReactNode }> = {
    report: {
      title: t('supervision.action.report'),
      path: 'reports',
      body: (v) => ({ body: v.body, fileIds: v.fileIds ?? [], ...(v.percent === null || v.percent === undefined ? {} : { percent: v.percent }) }),
      items: (
        <>
          <Form.Item name="body" label={t('supervision.form.body')} rules={required}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount data-testid="report-body" />
          </Form.Item>
          <Form.Item name="percent" label={t('supervision.form.percent')} initialValue={item.progress}>
            <InputNumber min={0} max={100} style={{ width: '100%' }} data-testid="report-percent" />
          </Form.Item>
          <Form.Item name="fileIds" label={t('supervision.form.files')}>
            <AttachmentInput onChange={(ids) => form.setFieldValue('fileIds', ids)} />
          </Form.Item>
        </>
      ),
    },
    extend: {
      title: t('supervision.action.extend'),
      path: 'extensions',
      body: (v) => ({ newDeadline: (v.newDeadline as Dayjs).format('YYYY-MM-DD'), reason: v.reason }),
      items: (
        <>
          <Form.Item name="newDeadline" label={t('supervision.form.newDeadline')} rules={[{ required: true, message: t('supervision.form.required') }]}>
            <DatePicker style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
          <Form.Item name="reason" label={t('supervision.form.reason')} rules={required}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount />
          </Form.Item>
        </>
      ),
    },
    conclude: {
      title: item.can.urge ? t('supervision.action.conclude') : t('supervision.action.requestConclude'),
      path: 'conclude',
      body: (v) => ({ result: v.result }),
      items: (
        <Form.Item name="result" label={t('supervision.field.result')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
      ),
    },
    confirm: { title: t('supervision.action.confirm'), path: 'confirm', body: () => ({ approve: true }), items: null },
    return: {
      title: t('supervision.action.return'),
      path: 'confirm',
      body: (v) => ({ approve: false, opinion: v.opinion ?? '' }),
      items: (
        <Form.Item name="opinion" label={t('supervision.form.opinion')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      ),
    },
    urge: {
      title: t('supervision.action.urge'),
      path: 'urge',
      body: (v) => ({ message: v.message ?? '' }),
      items: (
        <Form.Item name="message" label={t('supervision.form.urgeMessage')}>
          <Input maxLength={200} />
        </Form.Item>
      ),
    },
  };
  const spec = fields[action];
  return (
    <Modal open title={spec.title} onCancel={onClose} onOk={() => form.submit()} okText={t('supervision.action.submit')} confirmLoading={command.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => command.mutate({ path: spec.path, body: spec.body(v) })}>
        {spec.items}
      </Form>
    </Modal>
  );
}

/** The buttons of what the caller may do on the item, each opening its form. */
export function ActionButtons({ item, phone }: { item: ItemView; phone: boolean }) {
  const t = useT();
  const [open, setOpen] = useState<Action | null>(null);
  const buttons: { action: Action; show: boolean; label: string; icon: ReactNode; primary?: boolean; danger?: boolean }[] = [
    { action: 'report', show: item.can.report, label: t('supervision.action.report'), icon: <EditOutlined />, primary: true },
    { action: 'extend', show: item.can.extend, label: t('supervision.action.extend'), icon: <ClockCircleOutlined /> },
    { action: 'conclude', show: item.can.conclude, label: item.can.urge ? t('supervision.action.conclude') : t('supervision.action.requestConclude'), icon: <CheckOutlined /> },
    { action: 'confirm', show: item.can.confirm, label: t('supervision.action.confirm'), icon: <CheckOutlined />, primary: true },
    { action: 'return', show: item.can.confirm, label: t('supervision.action.return'), icon: <RollbackOutlined /> },
    { action: 'urge', show: item.can.urge, label: t('supervision.action.urge'), icon: <SoundOutlined />, danger: true },
  ];
  const shown = buttons.filter((b) => b.show);
  if (!shown.length) return null;
  return (
    <Flex gap={8} wrap vertical={phone}>
      {shown.map((b) => (
        <Button key={b.action} type={b.primary ? 'primary' : 'default'} danger={b.danger} icon={b.icon} onClick={() => setOpen(b.action)} block={phone} autoInsertSpace={false} data-testid={`action-${b.action}`}>
          {b.label}
        </Button>
      ))}
      {open && <ActionModal item={item} action={open} onClose={() => setOpen(null)} />}
    </Flex>
  );
}
