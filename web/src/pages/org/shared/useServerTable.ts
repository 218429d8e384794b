import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TablePaginationConfig } from 'antd';
import { get, qs } from '../../../api/client';
import { useT } from '../../../app/i18n';
import type { Paged } from './types';

type Params = Record<string, string | number | boolean | undefined | null>;

/** A server-paginated list: the query plus the props a Table needs. Changing filters goes back to page 1. */
export function useServerTable<T>(key: string, url: string, filters: Params, defaultPageSize = 20) {
  const t = useT();
  const filterKey = JSON.stringify(filters);
  const [state, setState] = useState({ filterKey, page: 1, pageSize: defaultPageSize });
  const page = state.filterKey === filterKey ? state.page : 1;
  const { pageSize } = state;
  const query = useQuery({
    queryKey: [key, filters, page, pageSize],
    queryFn: () => get<Paged<T>>(url + qs({ ...filters, page, pageSize })),
    placeholderData: keepPreviousData,
  });
  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total: query.data?.total ?? 0,
    showSizeChanger: true,
    showTotal: (total) => t('admin.total', { total }),
    onChange: (p, s) => setState({ filterKey, page: s === pageSize ? p : 1, pageSize: s }),
  };
  return { query, page, pageSize, tableProps: { dataSource: query.data?.items ?? [], loading: query.isFetching, pagination } };
}
