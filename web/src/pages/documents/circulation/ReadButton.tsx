import { useState } from 'react';
import { Button, Form, Input, Modal } from 'antd';
import { useT } from '../../../app/i18n';
import { useDocumentCommand } from '../useDocumentCommand';
import { circulationUrl } from './api';

/** 阅毕, with an optional 阅示意见. */
export function ReadButton({ circulationId, size }: { circulationId: string; size?: 'small' }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ opinion?: string }>();
  const read = useDocumentCommand('circulation.read.done');
  const submit = ({ opinion = '' }: { opinion?: string }) =>
    read.mutateAsync({ url: circulationUrl(circulationId, 'read'), body: { opinion: opinion.trim() } }).then(
      () => setOpen(false),
      () => undefined,
    );
  return (
    <>
      <Button type="primary" size={size} onClick={() => setOpen(true)} autoInsertSpace={false} data-testid="circulation-read">
        {t('circulation.read')}
      </Button>
      <Modal
        open={open}
        title={t('circulation.read.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('circulation.read')}
        cancelText={t('admin.cancel')}
        confirmLoading={read.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item name="opinion" label={t('circulation.opinion')} extra={t('circulation.opinionHelp')}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
