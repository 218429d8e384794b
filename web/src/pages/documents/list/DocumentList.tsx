import { Empty, Table } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { useServerTable } from '../../org/shared/useServerTable';
import { DOCS, type Box, type DocumentRow } from '../api';
import { documentColumns, documentPath } from './columns';
import { DocumentCard } from './DocumentCard';
import type { Filters } from './DocumentFilters';
import { PagedCards } from '../../../components/PagedCards';

/** One box of documents, paged on the server: a table, or cards on a phone. */
export function DocumentList({ box, filters, phone }: { box: Box; filters: Filters; phone: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { query, tableProps } = useServerTable<DocumentRow>(`${DOCS}-${box}`, '/api/documents', { box, ...filters });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`documents.list.empty.${box}`)} />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (phone) {
    return <PagedCards table={tableProps} empty={empty} renderItem={(row) => <DocumentCard row={row} />} />;
  }
  return (
    <Table<DocumentRow>
      {...tableProps}
      rowKey="id"
      columns={documentColumns(t)}
      locale={{ emptyText: empty }}
      scroll={{ x: 860 }}
      onRow={(row) => ({ onClick: (e) => !(e.target as HTMLElement).closest('a') && navigate(documentPath(row)), style: { cursor: 'pointer' } })}
    />
  );
}
