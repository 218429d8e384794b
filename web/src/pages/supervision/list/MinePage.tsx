import { Card, Flex, Grid, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { ItemList } from './ItemList';

/** 我的督办: the live items one answers for (owned, or led by the department one heads). */
export default function MinePage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('supervision.list.mine')}
      </Typography.Title>
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        <ItemList filters={{ scope: 'mine' }} phone={phone} />
      </Card>
    </Flex>
  );
}
