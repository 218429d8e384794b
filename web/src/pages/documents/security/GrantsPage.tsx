import { useState, type ReactNode } from 'react';
import { Button, Card, Empty, Flex, Grid, Popconfirm, Segmented, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useT, type T } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PagedCards } from '../../../components/PagedCards';
import { useServerTable } from '../../org/shared/useServerTable';
import { formatTime } from '../../workflow/labels';
import { useDocumentCommand } from '../useDocumentCommand';
import { GRANTS_KEY, GRANT_STATUSES, type Grant, type GrantStatus } from './api';
import { DocumentLabel } from './DocumentPicker';
import { GrantDrawer } from './GrantDrawer';
import './strings';

const STATUS_COLORS: Record<GrantStatus, string> = { active: 'success', expired: 'default', revoked: 'error' };

function StatusTag({ grant }: { grant: Grant }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[grant.status]}>{t(`security.status.${grant.status}`)}</Tag>;
}

function RevokeButton({ grant }: { grant: Grant }) {
  const t = useT();
  const revoke = useDocumentCommand('security.revoked');
  if (grant.status !== 'active') return null;
  return (
    <Popconfirm title={t('security.revokeConfirm', { name: grant.person })} onConfirm={() => revoke.mutateAsync({ url: `/api/document-grants/${grant.id}/revoke` }).catch(() => undefined)}>
      <Button size="small" danger loading={revoke.isPending} autoInsertSpace={false}>
        {t('security.revoke')}
      </Button>
    </Popconfirm>
  );
}

const validity = (t: T, g: Grant) => (g.expiresOn ? t('security.until', { date: g.expiresOn }) : t('security.untilRevoked'));

function columns(t: T): TableColumnsType<Grant> {
  return [
    { title: t('security.document'), key: 'document', render: (_, g) => <DocumentLabel doc={g} /> },
    { title: t('security.person'), dataIndex: 'person', width: 100 },
    { title: t('security.source'), dataIndex: 'source', width: 90, render: (_, g) => <Tag>{t(`security.source.${g.source}`)}</Tag> },
    { title: t('security.reason'), dataIndex: 'reason' },
    { title: t('security.granted'), key: 'granted', width: 170, render: (_, g) => `${g.grantedBy} ${formatTime(g.grantedAt)}` },
    { title: t('security.expiresOn'), key: 'validity', width: 130, render: (_, g) => validity(t, g) },
    { title: t('security.statusTitle'), key: 'status', width: 90, render: (_, g) => <StatusTag grant={g} /> },
    { title: t('admin.actions'), key: 'action', width: 80, render: (_, g) => <RevokeButton grant={g} /> },
  ];
}

function GrantCard({ grant, action }: { grant: Grant; action: ReactNode }) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="grant">
      <Flex vertical gap={4}>
        <DocumentLabel doc={grant} />
        <Flex gap={6} align="center" wrap>
          <Typography.Text strong>{grant.person}</Typography.Text>
          <StatusTag grant={grant} />
          <Tag>{t(`security.source.${grant.source}`)}</Tag>
        </Flex>
        <Typography.Text>{grant.reason}</Typography.Text>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {validity(t, grant)}
          </Typography.Text>
          {action}
        </Flex>
      </Flex>
    </Card>
  );
}

type Filter = GrantStatus | 'all';

/** 知悉范围授权 (the security officer's): every grant or one document's, by status; grant and revoke. */
export default function GrantsPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const documentId = params.get('documentId') ?? undefined;
  const filter: Filter = GRANT_STATUSES.find((s) => s === params.get('status')) ?? 'all';
  const [granting, setGranting] = useState(false);
  const { query, tableProps } = useServerTable<Grant>(GRANTS_KEY, '/api/document-grants', { documentId, status: filter === 'all' ? undefined : filter });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('security.grants.empty')} />;
  const list = phone ? (
    <PagedCards table={tableProps} empty={empty} renderItem={(g) => <GrantCard grant={g} action={<RevokeButton grant={g} />} />} />
  ) : (
    <Table<Grant> {...tableProps} rowKey="id" columns={columns(t)} locale={{ emptyText: empty }} scroll={{ x: 1000 }} />
  );
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('security.menu.grants')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setGranting(true)} autoInsertSpace={false} data-testid="new-grant">
          {t('security.grant')}
        </Button>
      </Flex>
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('security.grants.help')}</Typography.Text>
          <Segmented<Filter>
            value={filter}
            onChange={(status) => setParams({ ...(documentId ? { documentId } : {}), status }, { replace: true })}
            options={(['all', ...GRANT_STATUSES] as Filter[]).map((s) => ({ value: s, label: t(`security.filter.${s}`) }))}
            style={{ alignSelf: 'flex-start' }}
          />
          {query.error ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : list}
        </Flex>
      </Card>
      <GrantDrawer open={granting} onClose={() => setGranting(false)} documentId={documentId} />
    </Flex>
  );
}
