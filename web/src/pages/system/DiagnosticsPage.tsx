import { Button, Card, Col, Descriptions, Progress, Row, Statistic, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { get } from '../../api/client';
import { useT } from '../../app/i18n';
import { QueryError } from '../org/shared/QueryError';
import { formatBytes, splitDuration } from './format';
import './i18n';

interface Diagnostics {
  version: string;
  node: string;
  dialect: string;
  databaseLocation: string;
  databaseSizeBytes: number;
  dataDir: string;
  disk: { freeBytes: number; totalBytes: number };
  jobs: { pending: number; running: number; failed: number; overdue: number };
  uptimeSeconds: number;
  rssBytes: number;
  auditRecords: number;
  mail: { configured: boolean };
}

/** 系统诊断: database, disk, job backlog and process facts for the system administrator. */
export default function DiagnosticsPage() {
  const t = useT();
  const query = useQuery({ queryKey: ['system', 'diagnostics'], queryFn: () => get<Diagnostics>('/api/system/diagnostics') });
  const d = query.data;
  const usedPercent = d && d.disk.totalBytes ? Math.round(((d.disk.totalBytes - d.disk.freeBytes) / d.disk.totalBytes) * 100) : 0;

  return (
    <Card
      title={t('system.menu.diagnostics')}
      loading={query.isPending}
      extra={
        <Button icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => query.refetch()}>
          {t('admin.refresh')}
        </Button>
      }
    >
      <QueryError error={query.error} />
      {d && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Statistic title={t('system.databaseSize')} value={formatBytes(d.databaseSizeBytes)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('system.diskFree')} value={formatBytes(d.disk.freeBytes)} suffix={<small>/ {formatBytes(d.disk.totalBytes)}</small>} />
              <Progress percent={usedPercent} size="small" status={usedPercent > 90 ? 'exception' : 'normal'} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('system.jobsPending')} value={d.jobs.pending} suffix={d.jobs.overdue > 0 && <Tag color="orange">{t('system.overdue', { n: d.jobs.overdue })}</Tag>} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('system.jobsFailed')} value={d.jobs.failed} styles={{ content: { color: d.jobs.failed ? '#cf1322' : undefined } }} />
            </Col>
          </Row>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('system.version')}>{d.version}</Descriptions.Item>
            <Descriptions.Item label={t('system.node')}>{d.node}</Descriptions.Item>
            <Descriptions.Item label={t('system.dialect')}>
              <Tag color={d.dialect === 'postgres' ? 'blue' : 'green'}>{d.dialect}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('system.databaseLocation')}>
              <Typography.Text copyable style={{ wordBreak: 'break-all' }}>{d.databaseLocation}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('system.dataDir')}>
              <Typography.Text copyable style={{ wordBreak: 'break-all' }}>{d.dataDir}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('system.jobs')}>
              {t('system.jobsLine', { pending: d.jobs.pending, running: d.jobs.running, failed: d.jobs.failed, overdue: d.jobs.overdue })}
            </Descriptions.Item>
            <Descriptions.Item label={t('system.uptime')}>{t('system.duration', splitDuration(d.uptimeSeconds))}</Descriptions.Item>
            <Descriptions.Item label={t('system.rss')}>{formatBytes(d.rssBytes)}</Descriptions.Item>
            <Descriptions.Item label={t('system.auditRecords')}>{d.auditRecords}</Descriptions.Item>
            <Descriptions.Item label={t('system.mail')}>
              {d.mail.configured ? <Tag color="green">{t('system.mailOn')}</Tag> : <Tag>{t('system.mailOff')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('system.checkedAt')}>{dayjs(query.dataUpdatedAt).format('YYYY-MM-DD HH:mm:ss')}</Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Card>
  );
}
