import { Alert, Descriptions, Form, Input, InputNumber, Modal } from 'antd';
import { useT } from '../../../app/i18n';
import { SecretTag } from '../labels';
import { useDocumentCommand } from '../useDocumentCommand';
import { borrowUrl, type ArchiveEntry } from './api';
import { retentionLabel } from './labels';

interface Values {
  reason: string;
  days: number;
}

/** 借阅: the reason and for how many days (1–30); it goes to the 档案员, and for 秘密 and above to the 主任 too. */
export function BorrowDialog({ entry, onClose }: { entry: ArchiveEntry; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const command = useDocumentCommand('archive.borrow.requested');
  const submit = ({ reason, days }: Values) => command.mutate({ url: borrowUrl(entry.documentId), body: { reason: reason.trim(), days } }, { onSuccess: onClose });
  return (
    <Modal
      open
      title={t('archive.borrow.title')}
      okText={t('archive.borrow.submit')}
      okButtonProps={{ autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={command.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'docNo', label: t('archive.field.docNo'), children: entry.docNo || '—' },
          { key: 'title', label: t('archive.field.title'), children: entry.title ?? t('archive.masked') },
          { key: 'level', label: t('documents.field.secretLevel'), children: entry.secretLevel === 'public' ? t('documents.secret.public') : <SecretTag level={entry.secretLevel} /> },
          { key: 'retention', label: t('documents.archive.retention'), children: retentionLabel(t, entry.retention) },
        ]}
      />
      <Alert type="info" showIcon title={t('archive.borrow.help')} style={{ marginBottom: 16 }} />
      <Form form={form} name="borrow" layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ days: 7 }}>
        <Form.Item name="reason" label={t('archive.borrow.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('archive.borrow.reasonRequired') }]}>
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} data-testid="borrow-reason" />
        </Form.Item>
        <Form.Item name="days" label={t('archive.borrow.days')} rules={[{ required: true, message: t('archive.borrow.daysRequired') }]}>
          <InputNumber min={1} max={30} precision={0} addonAfter={t('archive.borrow.dayUnit')} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
