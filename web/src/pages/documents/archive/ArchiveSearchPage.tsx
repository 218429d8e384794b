import { useState } from 'react';
import { Card, Empty, Flex, Grid, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PagedCards } from '../../../components/PagedCards';
import { useServerTable } from '../../org/shared/useServerTable';
import { useUrlState } from '../list/DocumentFilters';
import { RECORDS_KEY, type ArchiveEntry } from './api';
import { ArchiveFilters, readArchiveFilters } from './ArchiveFilters';
import { BorrowDialog } from './BorrowDialog';
import { DisposalDialog } from './DisposalDialog';
import { RecordCard } from './RecordCard';
import { recordColumns } from './recordColumns';
import './i18n';

/**
 * 档案检索: the records the person is cleared for, newest first, with 年度, 保管期限, 密级, 文种 and a
 * text; a state secret they lack need-to-know for shows its 文号 only and may be asked for (借阅).
 */
export default function ArchiveSearchPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [params, update] = useUrlState();
  const filters = readArchiveFilters(params);
  const { query, tableProps } = useServerTable<ArchiveEntry>(RECORDS_KEY, '/api/archive/records', filters);
  const [borrowing, setBorrowing] = useState<ArchiveEntry | null>(null);
  const [disposing, setDisposing] = useState<ArchiveEntry | null>(null);
  const handlers = { onBorrow: setBorrowing, onDispose: setDisposing };
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('archive.search.empty')} />;

  const list = () => {
    if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
    if (phone) return <PagedCards table={tableProps} empty={empty} renderItem={(e) => <RecordCard entry={e} {...handlers} />} />;
    return <Table<ArchiveEntry> {...tableProps} rowKey="documentId" columns={recordColumns(t, handlers)} locale={{ emptyText: empty }} scroll={{ x: 980 }} />;
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('archive.search.heading')}
      </Typography.Title>
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        <ArchiveFilters phone={phone} value={filters} onChange={update} />
        {list()}
      </Card>
      {borrowing && <BorrowDialog entry={borrowing} onClose={() => setBorrowing(null)} />}
      {disposing && <DisposalDialog entry={disposing} onClose={() => setDisposing(null)} />}
    </Flex>
  );
}
