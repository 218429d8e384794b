import { useEffect } from 'react';
import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../shared/feedback';
import { dateItemProps, withoutEmpty } from '../shared/formItems';
import type { Person } from '../shared/types';

interface Values {
  leftOn?: string;
  reason?: string;
}

/** 离职, confirmed: the login is disabled and the person's sessions end. */
export function LeaveModal({ person, onClose }: { person: Person | null; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const leave = useApiMutation((v: Values) => post(`/api/people/${person?.id}/leave`, withoutEmpty(v)), ['people', 'departments', 'users'], onClose);

  useEffect(() => {
    if (person) form.resetFields();
  }, [person, form]);

  return (
    <Modal
      open={person !== null}
      title={t('org.leave.title', { name: person?.name ?? '' })}
      okText={t('org.leave.ok')}
      okButtonProps={{ danger: true, loading: leave.isPending }}
      cancelText={t('admin.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="warning">{t('org.leave.warning')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => leave.mutate(v)}>
        <Form.Item name="leftOn" label={t('org.person.leftOn')} {...dateItemProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('org.leave.reason')}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
