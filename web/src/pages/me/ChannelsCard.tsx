import { App, Card, Checkbox, Flex, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { put } from '../../api/client';
import { useAuth, useMe, type Channel } from '../../app/auth';
import { useT } from '../../app/i18n';
import { QuietHours } from '../../components/notifications/QuietHours';

const CHANNELS: Channel[] = ['inApp', 'email', 'sms', 'wecom', 'dingtalk'];

/** Notification channels: in-app is always on; the others are the person's choice, saved at once. */
export function ChannelsCard() {
  const t = useT();
  const { user } = useMe();
  const { refresh } = useAuth();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (channels: Channel[]) => put('/api/auth/profile', { channels }),
    onSuccess: async () => {
      await refresh();
      message.success(t('common.saved'));
    },
    onError: (err) => message.error(err.message),
  });

  return (
    <Card title={t('me.channels.title')} style={{ height: '100%' }}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('me.channels.hint')}</Typography.Text>
        <Checkbox.Group
          value={['inApp', ...user.channels]}
          disabled={save.isPending}
          onChange={(v) => save.mutate((v as Channel[]).filter((c) => c !== 'inApp'))}
          options={CHANNELS.map((c) => ({ value: c, label: t(`me.channels.${c}`), disabled: c === 'inApp' }))}
          style={{ rowGap: 8 }}
        />
        <QuietHours />
      </Flex>
    </Card>
  );
}
