import { useState } from 'react';
import { Alert, Card, Empty, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PagedCards } from '../../../components/PagedCards';
import { useServerTable } from '../../org/shared/useServerTable';
import { DISPOSALS_KEY, DISPOSAL_STATUSES, type DestructionRecord, type Disposal } from './api';
import { DestructionRecordDrawer } from './DestructionRecordDrawer';
import { DisposalCard } from './DisposalCard';
import { disposalColumns } from './disposalColumns';
import { useStatusFilter } from './useStatusFilter';
import './i18n';

/**
 * 清退与销毁 (the archivist's): the requests, 执行 once the office head and the 主任 approved, and the
 * register of what was returned or destroyed, readable after the content is gone.
 */
export default function DisposalsPage() {
  const t = useT();
  const { status, select, phone } = useStatusFilter(DISPOSAL_STATUSES, 'archive.disposal.status');
  const { query, tableProps } = useServerTable<Disposal>(DISPOSALS_KEY, '/api/archive/disposals', { status });
  const [record, setRecord] = useState<DestructionRecord | null>(null);
  const show = (row: Disposal) => setRecord(row.record);
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('archive.disposal.empty')} />;

  const list = () => {
    if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
    if (phone) return <PagedCards table={tableProps} empty={empty} renderItem={(d) => <DisposalCard row={d} onRecord={show} />} />;
    return <Table<Disposal> {...tableProps} rowKey="id" columns={disposalColumns(t, show)} locale={{ emptyText: empty }} scroll={{ x: 1050 }} />;
  };
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('archive.disposal.heading')}
      </Typography.Title>
      <Alert
        type="info"
        showIcon
        title={
          <>
            {t('archive.disposal.howTo')} <Link to="/archive?secretLevel=secret">{t('archive.disposal.goSearch')}</Link>
          </>
        }
      />
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        <Flex vertical gap={12}>
          {select}
          {list()}
        </Flex>
      </Card>
      {record && <DestructionRecordDrawer record={record} onClose={() => setRecord(null)} />}
    </Flex>
  );
}
