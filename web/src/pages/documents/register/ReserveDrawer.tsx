import { App, Form, Input, InputNumber, Select } from 'antd';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { DOCS, REGISTER_KEY, type NumberRule } from '../api';

interface Values {
  ruleId: string;
  year: number;
  reason?: string;
}

/** 预留文号: the next number of a rule's year, kept for a document still to come. */
export function ReserveDrawer({ open, rules, onClose }: { open: boolean; rules: NumberRule[]; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const active = rules.filter((r) => r.active);
  return (
    <FormDrawer<Values, { number: string }>
      open={open}
      onClose={onClose}
      title={t('documents.register.reserve')}
      invalidate={[REGISTER_KEY, DOCS]}
      initialValues={{ ruleId: active[0]?.id, year: new Date().getFullYear() }}
      onSubmit={(v) => post<{ number: string }>('/api/document-numbers/reserve', { ...v, reason: v.reason?.trim() || undefined })}
      onSaved={(taken) => message.success(t('documents.register.reserved', { number: taken.number }))}
    >
      <Form.Item name="ruleId" label={t('documents.register.rule')} rules={[{ required: true }]}>
        <Select options={active.map((r) => ({ value: r.id, label: `${r.code}（${r.name}）` }))} />
      </Form.Item>
      <Form.Item name="year" label={t('documents.list.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="reason" label={t('documents.register.reserveReason')}>
        <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('documents.register.reserveReasonPlaceholder')} />
      </Form.Item>
    </FormDrawer>
  );
}
