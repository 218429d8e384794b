import { useState } from 'react';
import { Button, Form, Modal } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import { useT } from '../../../../app/i18n';
import { OpinionInput } from '../../../workflow/instance/OpinionInput';
import type { IncomingView } from '../api';
import { useIncomingCommand } from './useIncomingCommand';

/** 退回 to the step before (批示 to 拟办, 拟办 to the registrar), with the reason; that step is walked again. */
export function ReturnButton({ doc, taskId, phone }: { doc: IncomingView; taskId: string; phone: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ opinion: string }>();
  const command = useIncomingCommand(doc.id, form);
  const send = ({ opinion }: { opinion: string }) =>
    command.mutate({ action: 'return', taskId, body: { target: 'previous', mode: 'rewalk', opinion: opinion.trim() } }, { onSuccess: () => setOpen(false) });
  return (
    <>
      <Button icon={<RollbackOutlined />} onClick={() => setOpen(true)} block={phone} autoInsertSpace={false} data-testid="return-task">
        {t('incoming.return.button')}
      </Button>
      <Modal
        open={open}
        title={t('incoming.return.title')}
        okText={t('incoming.return.button')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={command.isPending}
        destroyOnHidden
        okButtonProps={{ danger: true, autoInsertSpace: false }}
        cancelButtonProps={{ autoInsertSpace: false }}
      >
        <Form form={form} layout="vertical" onFinish={send} preserve={false}>
          <Form.Item name="opinion" label={t('incoming.return.reason')} rules={[{ required: true, whitespace: true, message: t('incoming.return.reasonRequired') }]}>
            <OpinionInput />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
