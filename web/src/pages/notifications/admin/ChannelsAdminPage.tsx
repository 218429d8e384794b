import { Flex } from 'antd';
import { useCan } from '../../../app/auth';
import { DeliveryLog } from './DeliveryLog';
import { SettingsForm } from './SettingsForm';

/** 消息通道: the channels' settings (系统设置) and the delivery log (also for diagnostics). */
export default function ChannelsAdminPage() {
  const can = useCan();
  return (
    <Flex vertical gap={16}>
      {can('system.settings') && <SettingsForm />}
      <DeliveryLog canRetry={can('system.settings')} />
    </Flex>
  );
}
