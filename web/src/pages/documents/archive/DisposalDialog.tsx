import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useT } from '../../../app/i18n';
import { useDocumentCommand } from '../useDocumentCommand';
import { disposeUrl, type ArchiveEntry, type DisposalKind } from './api';

interface Values {
  kind: DisposalKind;
  reason: string;
}

/** 清退 or 销毁 of a classified record: the archivist's request, approved by the office head and the 主任. */
export function DisposalDialog({ entry, onClose }: { entry: ArchiveEntry; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const command = useDocumentCommand('archive.disposal.requested');
  const submit = ({ kind, reason }: Values) => command.mutate({ url: disposeUrl(entry.documentId), body: { kind, reason: reason.trim() } }, { onSuccess: onClose });
  return (
    <Modal
      open
      title={t('archive.disposal.title', { docNo: entry.docNo || '—' })}
      okText={t('archive.disposal.submit')}
      okButtonProps={{ danger: true, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={command.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('archive.disposal.help')} style={{ marginBottom: 16 }} />
      <Form form={form} name="dispose" layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ kind: 'destroy' }}>
        <Form.Item name="kind" label={t('archive.disposal.kindLabel')}>
          <Radio.Group
            options={(['destroy', 'return'] as const).map((k) => ({ value: k, label: t(`archive.disposal.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('archive.disposal.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('archive.disposal.reasonRequired') }]}>
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
