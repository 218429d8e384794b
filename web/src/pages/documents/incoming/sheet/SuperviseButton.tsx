import { useState } from 'react';
import { Button, Form, Modal, Switch } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import { useT } from '../../../../app/i18n';
import type { IncomingView } from '../api';
import { DateField } from '../fields';
import { useIncomingCommand } from './useIncomingCommand';

interface Values {
  supervised: boolean;
  deadline?: string;
}

/** Made afresh each time it opens, so it starts from the 收文 as it is now. */
function SuperviseDialog({ doc, onClose }: { doc: IncomingView; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const command = useIncomingCommand(doc.id, form);
  const supervised = Form.useWatch('supervised', form);
  const save = (v: Values) => command.mutate({ action: 'supervise', body: v }, { onSuccess: onClose });
  return (
    <Modal
      open
      title={t('incoming.supervise.title')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={command.isPending}
      okButtonProps={{ autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
    >
      <Form<Values> form={form} layout="vertical" onFinish={save} initialValues={{ supervised: doc.supervised, deadline: doc.deadline ?? undefined }}>
        <Form.Item name="supervised" label={t('incoming.supervised')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="deadline" label={t('incoming.field.deadline')} rules={[{ required: !!supervised, message: t('incoming.decide.deadlineRequired') }]}>
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 督办: the office (or whoever follows the 收文) marks or unmarks it, with the deadline it is held to. */
export function SuperviseButton({ doc }: { doc: IncomingView }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" icon={<FlagOutlined />} onClick={() => setOpen(true)} autoInsertSpace={false} data-testid="supervise">
        {t('incoming.supervise.button')}
      </Button>
      {open && <SuperviseDialog doc={doc} onClose={() => setOpen(false)} />}
    </>
  );
}
