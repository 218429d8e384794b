import type { ReactNode } from 'react';
import { List, type TablePaginationConfig } from 'antd';

export interface ServerTableProps<T> {
  dataSource: T[];
  loading: boolean;
  pagination: TablePaginationConfig;
}

/** A server-paged list shown as cards on a phone, with the same pages as its table on a desktop. */
export function PagedCards<T>({ table, empty, renderItem }: { table: ServerTableProps<T>; empty: ReactNode; renderItem(row: T): ReactNode }) {
  const { current, pageSize, total, onChange, showTotal } = table.pagination;
  return (
    <List
      dataSource={table.dataSource}
      loading={table.loading}
      locale={{ emptyText: empty }}
      pagination={{ current, pageSize, total, onChange, showTotal, size: 'small', align: 'center' }}
      renderItem={renderItem}
    />
  );
}
