import { useState } from 'react';
import { Button, Card, Descriptions, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { download, qs } from '../../api/client';
import { useMe } from '../../app/auth';
import { useT } from '../../app/i18n';
import { QueryError } from '../org/shared/QueryError';
import { useServerTable } from '../org/shared/useServerTable';
import { AuditFilters } from './AuditFilters';
import { ChainBanner } from './ChainBanner';
import './i18n';
import type { AuditFilterValues, AuditRecord } from './types';

const pretty = (detail: unknown) => {
  if (typeof detail !== 'string') return JSON.stringify(detail, null, 2);
  try {
    return JSON.stringify(JSON.parse(detail), null, 2);
  } catch {
    return detail;
  }
};

function RecordDetail({ record }: { record: AuditRecord }) {
  const t = useT();
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('audit.col.seq')}>{record.seq}</Descriptions.Item>
      <Descriptions.Item label={t('audit.col.target')}>
        {record.targetType} {record.targetId}
      </Descriptions.Item>
      <Descriptions.Item label={t('audit.col.requestId')}>{record.requestId}</Descriptions.Item>
      <Descriptions.Item label={t('audit.col.userAgent')}>{record.userAgent}</Descriptions.Item>
      <Descriptions.Item label={t('audit.col.detail')}>
        <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{pretty(record.detail)}</pre>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 审计日志: the auditor's view of every recorded action, with the chain's state and CSV export. */
export default function AuditPage() {
  const t = useT();
  const { can } = useMe();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const { query, tableProps } = useServerTable<AuditRecord>('audit-log', '/api/audit', { ...filters });

  const columns: ColumnsType<AuditRecord> = [
    { title: t('audit.col.at'), dataIndex: 'at', width: 170, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
    { title: t('audit.col.actor'), dataIndex: 'actorName', width: 110 },
    { title: t('audit.col.action'), dataIndex: 'action', width: 170, render: (a: string) => <Typography.Text code>{a}</Typography.Text> },
    {
      title: t('audit.col.target'),
      key: 'target',
      width: 160,
      ellipsis: true,
      render: (_, r) => (r.targetType ? `${r.targetType}${r.targetId ? ' · ' + r.targetId.slice(-8) : ''}` : '—'),
    },
    { title: t('audit.col.summary'), dataIndex: 'summary', width: 260 },
    {
      title: t('audit.col.outcome'),
      dataIndex: 'outcome',
      width: 80,
      render: (o: AuditRecord['outcome']) => <Tag color={o === 'success' ? 'green' : 'red'}>{t(`audit.outcome.${o}`)}</Tag>,
    },
    { title: t('audit.col.ip'), dataIndex: 'ip', width: 130 },
  ];

  return (
    <Card
      title={t('audit.menu')}
      extra={
        can('audit.export') && (
          <Button icon={<DownloadOutlined />} onClick={() => download('/api/audit/export.csv' + qs({ ...filters }), t('audit.exportFile'))}>
            {t('audit.export')}
          </Button>
        )
      }
    >
      <ChainBanner />
      <AuditFilters value={filters} onChange={setFilters} />
      <QueryError error={query.error} />
      <Table<AuditRecord>
        rowKey="id"
        size="small"
        columns={columns}
        scroll={{ x: 1080 }}
        expandable={{ expandedRowRender: (r) => <RecordDetail record={r} /> }}
        {...tableProps}
      />
    </Card>
  );
}
