import { Card, Empty, Flex, Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT, type T } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PagedCards } from '../../../components/PagedCards';
import { useServerTable } from '../../org/shared/useServerTable';
import { itemPath, SUPERVISION, type ItemRow } from '../api';
import { DeadlineText, SourceTag, StatusTag } from '../labels';

export interface ItemFilters {
  scope: 'mine' | 'all';
  status?: string;
  departmentId?: string;
  source?: string;
  q?: string;
}

/** What needs the owner's attention beside the status: a report due, missed reports, a conclusion waiting. */
function Flags({ row }: { row: ItemRow }) {
  const t = useT();
  return (
    <>
      {row.reportDue && <Tag color="gold">{t('supervision.list.reportDue')}</Tag>}
      {row.missedReports > 0 && <Tag color="volcano">{t('supervision.list.missed', { n: row.missedReports })}</Tag>}
      {row.conclusionPending && <Tag color="purple">{t('supervision.list.pending')}</Tag>}
    </>
  );
}

const columns = (t: T): TableColumnsType<ItemRow> => [
  {
    title: t('supervision.field.title'),
    dataIndex: 'title',
    render: (title: string, row) => (
      <Flex vertical gap={4}>
        <Link to={itemPath(row.id)}>{title}</Link>
        <span>
          <SourceTag source={row.source} kind={row.kind} />
          <Flags row={row} />
        </span>
      </Flex>
    ),
  },
  { title: t('supervision.field.leadDepartment'), dataIndex: 'leadDepartment', width: 140 },
  { title: t('supervision.field.owner'), dataIndex: 'owner', width: 100 },
  { title: t('supervision.field.deadline'), dataIndex: 'deadline', width: 120, render: (d: string, row) => <DeadlineText deadline={d} status={row.status} /> },
  { title: t('supervision.field.progress'), dataIndex: 'progress', width: 130, render: (p: number) => <Progress percent={p} size="small" /> },
  { title: t('supervision.field.status'), dataIndex: 'status', width: 100, render: (s: ItemRow['status']) => <StatusTag status={s} /> },
];

function ItemCard({ row }: { row: ItemRow }) {
  const t = useT();
  return (
    <Link to={itemPath(row.id)} style={{ display: 'block', width: '100%', color: 'inherit' }} data-testid="supervision-card">
      <Card size="small" style={{ marginBottom: 8, borderColor: row.status === 'overdue' ? '#ff4d4f' : undefined }}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong>{row.title}</Typography.Text>
          <StatusTag status={row.status} />
        </Flex>
        <div style={{ margin: '6px 0' }}>
          <SourceTag source={row.source} kind={row.kind} />
          <Flags row={row} />
        </div>
        <Flex justify="space-between" gap={8} wrap style={{ fontSize: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.leadDepartment} · {row.owner}
          </Typography.Text>
          <span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('supervision.field.deadline')}{' '}
            </Typography.Text>
            <DeadlineText deadline={row.deadline} status={row.status} />
          </span>
        </Flex>
        <Progress percent={row.progress} size="small" />
      </Card>
    </Link>
  );
}

/** Items paged on the server: a table, or cards on a phone; overdue ones in red. */
export function ItemList({ filters, phone }: { filters: ItemFilters; phone: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { query, tableProps } = useServerTable<ItemRow>(SUPERVISION, '/api/supervision/items', { ...filters });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(filters.scope === 'mine' ? 'supervision.list.emptyMine' : 'supervision.list.empty')} />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (phone) return <PagedCards table={tableProps} empty={empty} renderItem={(row) => <ItemCard row={row} />} />;
  return (
    <Table<ItemRow>
      {...tableProps}
      rowKey="id"
      columns={columns(t)}
      locale={{ emptyText: empty }}
      scroll={{ x: 900 }}
      rowClassName={(row) => (row.status === 'overdue' ? 'supervision-overdue' : '')}
      onRow={(row) => ({ onClick: (e) => !(e.target as HTMLElement).closest('a') && navigate(itemPath(row.id)), style: { cursor: 'pointer', background: row.status === 'overdue' ? '#fff1f0' : undefined } })}
      data-testid="supervision-table"
    />
  );
}
