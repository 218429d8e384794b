import { Empty, Flex, Table } from 'antd';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PagedCards } from '../../../components/PagedCards';
import { useServerTable } from '../../org/shared/useServerTable';
import { BORROWINGS_KEY, BORROWING_STATUSES, type Borrowing } from './api';
import { BorrowingCard } from './BorrowingCard';
import { borrowingColumns } from './borrowingColumns';
import { useStatusFilter } from './useStatusFilter';

/** The person's own requests and loans ('mine'), or every one (the archivist's 借阅登记), filtered by state. */
export function BorrowingList({ scope }: { scope: 'mine' | 'all' }) {
  const t = useT();
  const { status, select, phone } = useStatusFilter(BORROWING_STATUSES, 'archive.borrowing.status');
  const { query, tableProps } = useServerTable<Borrowing>(`${BORROWINGS_KEY}-${scope}`, '/api/archive/borrowings', { scope, status });
  const register = scope === 'all';
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(register ? 'archive.register.empty' : 'archive.mine.empty')} />;

  const list = () => {
    if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
    if (phone) return <PagedCards table={tableProps} empty={empty} renderItem={(b) => <BorrowingCard row={b} register={register} />} />;
    return <Table<Borrowing> {...tableProps} rowKey="id" columns={borrowingColumns(t, register)} locale={{ emptyText: empty }} scroll={{ x: 1100 }} />;
  };
  return (
    <Flex vertical gap={12}>
      {select}
      {list()}
    </Flex>
  );
}
