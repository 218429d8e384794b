import { useEffect, useMemo, useState } from 'react';
import { Flex, Select, Spin, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { useUserSearch, useUsersByIds, type DirectoryUser } from './api';

interface Props {
  value?: string[];
  onChange(value: string[] | undefined): void;
  multiple?: boolean;
  placeholder?: string;
  status?: 'error';
}

function useDebounced(value: string, ms = 250): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

const subtitle = (u: DirectoryUser) => [u.departmentName, u.postName].filter(Boolean).join(' · ');

/** Picks logins (user ids) by name with a server search; one, or several when `multiple`. */
export function PersonSelect({ value = [], onChange, multiple, placeholder, status }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const search = useUserSearch(useDebounced(q.trim()));
  const chosen = useUsersByIds(value);
  const options = useMemo(() => {
    // Matches first; the chosen people stay among the options so their names show.
    const byId = new Map<string, DirectoryUser>();
    for (const u of [...(search.data?.items ?? []), ...(chosen.data?.items ?? [])]) if (!byId.has(u.userId)) byId.set(u.userId, u);
    return [...byId.values()].map((u) => ({ value: u.userId, label: u.name, user: u }));
  }, [chosen.data, search.data]);

  return (
    <Select<string | string[]>
      mode={multiple ? 'multiple' : undefined}
      value={multiple ? value : value[0]}
      onChange={(v) => {
        const ids = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
        onChange(ids.length ? ids : undefined);
      }}
      options={options}
      optionRender={(o) => (
        <Flex justify="space-between" gap={8}>
          <span>{o.data.label}</span>
          <Typography.Text type="secondary" ellipsis>{subtitle(o.data.user)}</Typography.Text>
        </Flex>
      )}
      showSearch={{ filterOption: false, onSearch: setQ }}
      onBlur={() => setQ('')}
      notFoundContent={search.isFetching ? <Spin size="small" /> : undefined}
      placeholder={placeholder ?? t('wfForm.searchPerson')}
      allowClear
      status={status}
      style={{ width: '100%' }}
    />
  );
}
