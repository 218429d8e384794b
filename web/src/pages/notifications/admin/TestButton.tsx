import { App, Button } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import type { Channel, TestResult } from './types';

/** Sends a test message over the channel with the saved settings and says how it went. */
export function TestButton({ channel, address, label }: { channel: Channel; address?: string; label: string }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const send = useMutation({
    mutationFn: () => post<TestResult>('/api/notifications/test', { channel, ...(address ? { address } : {}) }),
    onSuccess: (r) => {
      if (r.status === 'sent') message.success(t('notices.admin.testSent'));
      else message.error(t('notices.admin.testFailed', { error: r.error ?? '' }));
      client.invalidateQueries({ queryKey: ['notification-deliveries'] });
    },
    onError: (err) => message.error(err.message),
  });
  return (
    <Button icon={<SendOutlined />} loading={send.isPending} onClick={() => send.mutate()}>
      {label}
    </Button>
  );
}
