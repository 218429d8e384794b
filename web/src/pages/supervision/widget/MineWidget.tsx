import { Button, Col, Empty, Flex, List, Row, Skeleton, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { get, qs } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { itemPath, SUPERVISION, type ItemRow } from '../api';
import { DeadlineText, StatusTag } from '../labels';
import '../i18n';

/** One page holds all of a person's live items (the list's largest page); the counts are taken from it. */
const PAGE = 200;
const NEAREST = 3;

const useMine = () =>
  useQuery({
    queryKey: [SUPERVISION, 'widget'],
    queryFn: () => get<{ items: ItemRow[]; total: number }>(`/api/supervision/items${qs({ scope: 'mine', pageSize: PAGE })}`),
    select: ({ items }) => ({
      open: items.filter((i) => i.status === 'open').length,
      overdue: items.filter((i) => i.status === 'overdue').length,
      reportDue: items.filter((i) => i.reportDue).length,
      // The server lists live items by deadline.
      nearest: items.slice(0, NEAREST),
    }),
  });

/** 我的督办 on the workspace: how many are in hand, overdue and due a progress report, and the nearest deadlines. */
export default function MineWidget() {
  const t = useT();
  const navigate = useNavigate();
  const mine = useMine();
  if (mine.error) return <ErrorState error={mine.error} onRetry={() => mine.refetch()} />;
  if (!mine.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const { open, overdue, reportDue, nearest } = mine.data;
  const tiles = [
    { key: 'open', label: t('supervision.status.open'), value: open },
    { key: 'overdue', label: t('supervision.status.overdue'), value: overdue, color: overdue ? '#ff4d4f' : undefined },
    { key: 'reportDue', label: t('supervision.list.reportDue'), value: reportDue, color: reportDue ? '#fa8c16' : undefined },
  ];
  return (
    <>
      <Row gutter={12}>
        {tiles.map(({ key, label, value, color }) => (
          <Col key={key} span={8}>
            <Link to="/supervision/mine" data-testid={`supervision-count-${key}`}>
              <Statistic title={label} value={value} styles={{ content: { color } }} />
            </Link>
          </Col>
        ))}
      </Row>
      {nearest.length ? (
        <List
          size="small"
          header={<Typography.Text type="secondary">{t('supervision.widget.nearest')}</Typography.Text>}
          dataSource={nearest}
          rowKey="id"
          renderItem={(item) => (
            <List.Item style={{ padding: '8px 0' }}>
              <Link to={itemPath(item.id)} style={{ display: 'block', width: '100%', minWidth: 0, color: 'inherit' }} data-testid="widget-supervision-item">
                <Flex justify="space-between" gap={8} align="start">
                  <Typography.Text ellipsis style={{ minWidth: 0 }}>
                    {item.title}
                  </Typography.Text>
                  <StatusTag status={item.status} />
                </Flex>
                <DeadlineText deadline={item.deadline} status={item.status} />
              </Link>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.widget.empty')} />
      )}
      <Button block type="link" onClick={() => navigate('/supervision/mine')}>
        {t('supervision.menu.mine')}
      </Button>
    </>
  );
}
