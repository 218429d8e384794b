import { Alert, Form, Input, Modal } from 'antd';
import { useT } from '../../../app/i18n';
import type { RegisterEntry } from '../api';
import { useDocumentCommand } from '../useDocumentCommand';

/** 作废 a 文号: asks to confirm, with the reason (required); the number stays in the register, marked void. */
export function VoidDialog({ entry, onClose }: { entry: RegisterEntry; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const command = useDocumentCommand('documents.register.voided');
  const submit = ({ reason }: { reason: string }) =>
    command.mutate({ url: `/api/document-numbers/${encodeURIComponent(entry.id)}/void`, body: { reason: reason.trim() } }, { onSuccess: onClose });
  return (
    <Modal
      open
      title={t('documents.register.voidTitle', { number: entry.number })}
      okText={t('documents.register.void')}
      okButtonProps={{ danger: true, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={command.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t(entry.documentId ? 'documents.register.voidUsedHelp' : 'documents.register.voidHelp')} style={{ marginBottom: 16 }} />
      <Form form={form} name="voidNumber" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="reason" label={t('documents.register.reason')} rules={[{ required: true, whitespace: true, message: t('documents.register.reasonRequired') }]}>
          <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
