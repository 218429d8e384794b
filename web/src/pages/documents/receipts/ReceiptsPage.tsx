import { Card, Flex, Grid, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { ReceivedCopyList } from './ReceivedCopyList';

const TABS = ['sent', 'signed'] as const;

/** 收文签收: the registry clerk signs for the documents sent to their department (待签收, 已签收). */
export default function ReceiptsPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const status = TABS.find((s) => s === params.get('tab')) ?? 'sent';
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('documents.receipts.heading')}
      </Typography.Title>
      <Card styles={{ body: { padding: phone ? '0 12px 12px' : '0 24px 24px' } }}>
        <Tabs activeKey={status} onChange={(tab) => setParams({ tab }, { replace: true })} items={TABS.map((s) => ({ key: s, label: t(`documents.receipts.tab.${s}`) }))} />
        <ReceivedCopyList key={status} status={status} phone={phone} />
      </Card>
    </Flex>
  );
}
