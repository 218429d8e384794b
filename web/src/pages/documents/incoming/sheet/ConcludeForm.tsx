import { Button, Form, Input } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useT } from '../../../../app/i18n';
import type { IncomingView } from '../api';
import { useIncomingCommand } from './useIncomingCommand';

/** 办结: the handling department's head writes the result, which completes 承办. */
export function ConcludeForm({ doc, phone }: { doc: IncomingView; phone: boolean }) {
  const t = useT();
  const [form] = Form.useForm<{ result: string }>();
  const command = useIncomingCommand(doc.id, form);
  return (
    <Form form={form} layout="vertical" onFinish={({ result }) => command.mutate({ action: 'conclude', body: { result: result.trim() } })} style={{ width: '100%' }}>
      <Form.Item name="result" label={t('incoming.field.result')} rules={[{ required: true, whitespace: true, message: t('incoming.conclude.resultRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder={t('incoming.conclude.placeholder')} data-testid="result-input" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<CheckCircleOutlined />} loading={command.isPending} block={phone} autoInsertSpace={false} data-testid="conclude">
        {t('incoming.conclude.button')}
      </Button>
    </Form>
  );
}
