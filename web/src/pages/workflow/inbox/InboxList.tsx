import { Empty, Table } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { useServerTable } from '../../org/shared/useServerTable';
import { WF, type Box } from '../api';
import { useLabel } from '../labels';
import { InboxCard } from './InboxCard';
import { inboxColumns, instancePath, rowKey, type Row } from './columns';
import { toQuery, type Filters } from './InboxFilters';
import { PagedCards } from '../../../components/PagedCards';

/** One box of the inbox, paged on the server: a table, or cards on a phone. */
export function InboxList({ box, filters, phone }: { box: Box; filters: Filters; phone: boolean }) {
  const t = useT();
  const label = useLabel();
  const navigate = useNavigate();
  const { query, tableProps } = useServerTable<Row>(`${WF}-inbox-${box}`, `/api/workflow/inbox/${box}`, toQuery(filters));
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`workflow.inbox.empty.${box}`)} />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (phone) {
    return <PagedCards table={tableProps} empty={empty} renderItem={(row) => <InboxCard box={box} row={row} />} />;
  }
  return (
    <Table<Row>
      {...tableProps}
      rowKey={rowKey}
      columns={inboxColumns(box, t, label)}
      locale={{ emptyText: empty }}
      scroll={{ x: 900 }}
      onRow={(row) => ({ onClick: (e) => !(e.target as HTMLElement).closest('a') && navigate(instancePath(row)), style: { cursor: 'pointer' } })}
    />
  );
}
