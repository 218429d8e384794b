import { useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, qs } from '../../api/client';
import type { Paged } from '../org/shared/types';
import type { Account } from './types';

interface Props {
  value?: string;
  onChange?(value: string): void;
  placeholder?: string;
}

/** Finds an account by username or name on the server as one types. */
export function AccountPicker({ value, onChange, placeholder }: Props) {
  const [q, setQ] = useState('');
  const accounts = useQuery({
    queryKey: ['users', 'pick', q],
    queryFn: () => get<Paged<Account>>('/api/users' + qs({ q, status: 'active', pageSize: 20 })),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      loading={accounts.isFetching}
      placeholder={placeholder}
      options={(accounts.data?.items ?? []).map((a) => ({
        value: a.id,
        label: `${a.displayName}（${a.username}${a.departmentName ? ' · ' + a.departmentName : ''}）`,
      }))}
      style={{ width: '100%' }}
    />
  );
}
