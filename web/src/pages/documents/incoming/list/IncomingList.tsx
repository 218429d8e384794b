import { Empty, Table } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../../app/i18n';
import { ErrorState } from '../../../../components/ErrorState';
import { PagedCards } from '../../../../components/PagedCards';
import { useServerTable } from '../../../org/shared/useServerTable';
import { INCOMING, incomingPath, type IncomingBox, type IncomingListItem } from '../api';
import { incomingColumns } from './columns';
import { IncomingCard } from './IncomingCard';

interface Filters {
  q?: string;
  year?: string;
}

/** One box of 收文, paged on the server: a table, or cards on a phone. */
export function IncomingList({ box, filters, phone }: { box: IncomingBox; filters: Filters; phone: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { query, tableProps } = useServerTable<IncomingListItem>(`${INCOMING}-${box}`, '/api/incoming', { box, ...filters });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`incoming.list.empty.${box}`)} />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (phone) return <PagedCards table={tableProps} empty={empty} renderItem={(row) => <IncomingCard row={row} />} />;
  return (
    <Table<IncomingListItem>
      {...tableProps}
      rowKey="id"
      columns={incomingColumns(t)}
      locale={{ emptyText: empty }}
      scroll={{ x: 960 }}
      onRow={(row) => ({ onClick: (e) => !(e.target as HTMLElement).closest('a') && navigate(incomingPath(row.id)), style: { cursor: 'pointer' } })}
    />
  );
}
