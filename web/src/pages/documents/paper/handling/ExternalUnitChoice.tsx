import { Alert, Checkbox, Flex, Skeleton, Typography } from 'antd';
import { errorText, useExternalUnits } from '../../api';
import { ChannelTag } from '../../labels';

interface Props {
  value: string[];
  onChange(unitIds: string[]): void;
}

/** External units to send to, each marked 邮件 (it has an address) or 纸质. */
export function ExternalUnitChoice({ value, onChange }: Props) {
  const units = useExternalUnits();
  if (units.error) return <Alert type="error" showIcon title={errorText(units.error)} />;
  if (!units.data) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  return (
    <Checkbox.Group value={value} onChange={(ids) => onChange(ids as string[])} style={{ width: '100%' }}>
      <Flex vertical gap={8}>
        {units.data.items.map((u) => (
          <Checkbox key={u.id} value={u.id}>
            {u.name} <ChannelTag channel={u.email ? 'email' : 'paper'} />
            {u.email && <Typography.Text type="secondary">{u.email}</Typography.Text>}
          </Checkbox>
        ))}
      </Flex>
    </Checkbox.Group>
  );
}
