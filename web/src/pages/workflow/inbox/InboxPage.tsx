import { Badge, Button, Card, Flex, Grid, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { BOXES, useCounts, type Box, type Counts } from '../api';
import { FILTER_KEYS, InboxFilters, type Filters } from './InboxFilters';
import { InboxList } from './InboxList';

function readFilters(params: URLSearchParams): Filters {
  const text = (k: string) => params.get(k) || undefined;
  return {
    q: text('q'),
    definitionId: text('definitionId'),
    status: text('status'),
    from: text('from'),
    to: text('to'),
    overdue: params.get('overdue') === 'true' || undefined,
    unread: params.get('unread') === 'true' || undefined,
  };
}

function TabLabel({ box, counts }: { box: Box; counts?: Counts }) {
  const t = useT();
  const badge = box === 'todo' ? counts?.todo : box === 'cc' ? counts?.ccUnread : 0;
  return (
    <Flex gap={6} align="center">
      {t(`workflow.box.${box}`)}
      {!!badge && <Badge count={badge} overflowCount={99} color={box === 'cc' ? '#faad14' : undefined} />}
      {box === 'todo' && !!counts?.overdue && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {t('workflow.inbox.overdueCount', { count: counts.overdue })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** 审批中心: 待办, 已办, 我发起的, 抄送我的; the tab and the filters live in the URL. */
export default function InboxPage() {
  const t = useT();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const box: Box = BOXES.find((b) => b === tab) ?? 'todo';
  const filters = readFilters(params);
  const counts = useCounts();

  const update = (changes: Record<string, string | boolean | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '' || v === false) next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };
  const switchTab = (key: string) => update({ tab: key, ...Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])) });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('workflow.inbox.heading')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/workflow/new')}>
          {t('workflow.start.heading')}
        </Button>
      </Flex>
      <Card styles={{ body: { padding: phone ? '0 12px 12px' : '0 24px 24px' } }}>
        <Tabs activeKey={box} onChange={switchTab} items={BOXES.map((b) => ({ key: b, label: <TabLabel box={b} counts={counts.data} /> }))} />
        <InboxFilters box={box} phone={phone} value={filters} onChange={update} />
        <InboxList key={box} box={box} filters={filters} phone={phone} />
      </Card>
    </Flex>
  );
}
