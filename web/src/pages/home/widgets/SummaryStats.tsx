import { Col, Row, Skeleton, Statistic } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';

export interface WorkspaceSummary {
  people?: number;
  departments?: number;
  auditToday?: number;
  jobsPending?: number;
}

/** Figures from GET /api/workspace/summary; the server leaves out what the caller may not see. */
export function SummaryStats({ fields }: { fields: (keyof WorkspaceSummary)[] }) {
  const t = useT();
  const summary = useQuery({ queryKey: ['workspace', 'summary'], queryFn: () => get<WorkspaceSummary>('/api/workspace/summary') });
  if (summary.error) return <ErrorState error={summary.error} onRetry={() => summary.refetch()} />;
  if (!summary.data) return <Skeleton active paragraph={{ rows: 1 }} />;
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col key={f} span={24 / fields.length}>
          <Statistic title={t(`widget.${f}`)} value={summary.data[f] ?? '—'} />
        </Col>
      ))}
    </Row>
  );
}
