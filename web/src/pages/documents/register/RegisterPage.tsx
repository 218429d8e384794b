import { useState } from 'react';
import { Button, Flex, Grid, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { useNumberRules } from '../api';
import { NumberRegister } from './NumberRegister';
import { NumberRules } from './NumberRules';
import { ReserveDrawer } from './ReserveDrawer';

/** 发文登记簿 (the registry clerk's): every 文号 and its fate, 预留 and 作废; below, the 文号规则. */
export default function RegisterPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const rules = useNumberRules();
  const [reserving, setReserving] = useState(false);
  const items = rules.data?.items ?? [];
  const reserve = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setReserving(true)} disabled={!items.some((r) => r.active)} autoInsertSpace={false} data-testid="reserve-number">
      {t('documents.register.reserve')}
    </Button>
  );
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('documents.menu.register')}
      </Typography.Title>
      <NumberRegister rules={items} phone={phone} extra={reserve} />
      <NumberRules phone={phone} />
      <ReserveDrawer open={reserving} rules={items} onClose={() => setReserving(false)} />
    </Flex>
  );
}
