import { useMemo } from 'react';
import { Card, Flex, Grid, Input, TreeSelect, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/i18n';
import { ErrorState } from '../../components/ErrorState';
import { useAddressBook, useOrgChart, type ChartNode } from './api';
import { ContactList } from './ContactList';
import './i18n';

type TreeOption = { value: string; title: string; children: TreeOption[] };
const toOptions = (nodes: ChartNode[]): TreeOption[] =>
  nodes.map((n) => ({ value: n.id, title: n.name, children: toOptions(n.children) }));

/** 通讯录: colleagues by name, pinyin, initials or phone, narrowed to a department; state kept in the URL. */
export default function AddressBookPage() {
  const t = useT();
  const compact = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const departmentId = params.get('departmentId') ?? undefined;
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 20;
  const chart = useOrgChart();
  const options = useMemo(() => toOptions(chart.data ?? []), [chart.data]);
  const book = useAddressBook({ q, departmentId, page, pageSize });

  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('addressbook.title')}
      </Typography.Title>
      <Card styles={{ body: { padding: compact ? 12 : 24 } }}>
        <Flex vertical gap={16}>
          <Flex gap={12} wrap>
            <Input.Search
              key={q}
              defaultValue={q}
              placeholder={t('addressbook.search')}
              allowClear
              enterButton
              maxLength={64}
              onSearch={(v) => update({ q: v.trim(), page: undefined })}
              style={{ flex: '1 1 260px', maxWidth: 480 }}
            />
            <TreeSelect
              value={departmentId}
              treeData={options}
              placeholder={t('addressbook.department')}
              allowClear
              showSearch={{ treeNodeFilterProp: 'title' }}
              treeDefaultExpandAll
              onChange={(v?: string) => update({ departmentId: v, page: undefined })}
              style={{ flex: '1 1 200px', maxWidth: 320 }}
            />
          </Flex>
          {book.error ? (
            <ErrorState error={book.error} onRetry={() => book.refetch()} />
          ) : (
            <ContactList
              items={book.data?.items ?? []}
              loading={book.isFetching}
              compact={compact}
              pagination={{
                current: page,
                pageSize,
                total: book.data?.total ?? 0,
                onChange: (p, s) => update({ page: s === pageSize ? p : 1, pageSize: s }),
              }}
            />
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
