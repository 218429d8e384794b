import { Card, Flex, Grid, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { INBOX_BOXES } from './api';
import { InboxList } from './InboxList';
import './strings';

/** 传阅给我: 待阅 and 已阅; the tab lives in the URL. */
export default function InboxPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const box = INBOX_BOXES.find((b) => b === params.get('tab')) ?? 'unread';
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('circulation.menu.inbox')}
      </Typography.Title>
      <Card styles={{ body: { padding: phone ? '0 12px 12px' : '0 24px 24px' } }}>
        <Tabs activeKey={box} onChange={(tab) => setParams({ tab }, { replace: true })} items={INBOX_BOXES.map((b) => ({ key: b, label: t(`circulation.inbox.${b}`) }))} />
        <InboxList key={box} box={box} phone={phone} />
      </Card>
    </Flex>
  );
}
