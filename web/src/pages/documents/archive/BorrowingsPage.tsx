import { Card, Flex, Grid, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { BorrowingList } from './BorrowingList';
import './i18n';

/** 我的借阅 ('mine': requests, loans with their due time, 查阅 and 归还) or the archivist's 借阅登记 ('all', with 收回). */
export function BorrowingsPage({ scope }: { scope: 'mine' | 'all' }) {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const page = scope === 'mine' ? 'mine' : 'register';
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t(`archive.${page}.heading`)}
      </Typography.Title>
      <Typography.Text type="secondary">{t(`archive.${page}.help`)}</Typography.Text>
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        <BorrowingList scope={scope} />
      </Card>
    </Flex>
  );
}
