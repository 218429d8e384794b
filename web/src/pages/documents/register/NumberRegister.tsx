import { useState, type ReactNode } from 'react';
import { Button, Card, Empty, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useT, type T } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { useServerTable } from '../../org/shared/useServerTable';
import { formatTime } from '../../workflow/labels';
import { NUMBER_STATUSES, REGISTER_KEY, type NumberRule, type RegisterEntry } from '../api';
import { NumberStatusTag } from '../labels';
import { useUrlState, YearSelect } from '../list/DocumentFilters';
import { VoidDialog } from './VoidDialog';
import { PagedCards } from '../../../components/PagedCards';

const documentLink = (t: T, e: RegisterEntry) =>
  e.documentId ? (
    <Link to={`/documents/${e.documentId}`} data-testid="register-document">
      {t('documents.register.open')}
    </Link>
  ) : (
    '—'
  );

function columns(t: T, action: (e: RegisterEntry) => ReactNode): TableColumnsType<RegisterEntry> {
  return [
    { title: t('documents.field.docNo'), dataIndex: 'number', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
    { title: t('documents.field.status'), dataIndex: 'status', width: 90, render: (_, e) => <NumberStatusTag status={e.status} /> },
    { title: t('documents.register.document'), key: 'document', width: 100, render: (_, e) => documentLink(t, e) },
    { title: t('documents.register.reason'), dataIndex: 'reason', render: (v: string) => v || '—' },
    { title: t('documents.field.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatTime(v) },
    { title: t('admin.actions'), key: 'action', width: 80, render: (_, e) => action(e) },
  ];
}

/** One number as a card on a phone: the number and its fate, the reason, the document, when. */
function EntryCard({ entry, action }: { entry: RegisterEntry; action: ReactNode }) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="register-entry">
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong>{entry.number}</Typography.Text>
          <NumberStatusTag status={entry.status} />
        </Flex>
        {entry.reason && <Typography.Text type="secondary">{entry.reason}</Typography.Text>}
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(entry.updatedAt)}
          </Typography.Text>
          <Flex gap={12} align="center">
            {entry.documentId && documentLink(t, entry)}
            {action}
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}

const REGISTER_FILTERS = ['ruleId', 'year', 'status'] as const;

/** 发文登记簿: every number taken, by rule, year and sequence, with its fate; filtered in the URL. */
export function NumberRegister({ rules, phone, extra }: { rules: NumberRule[]; phone: boolean; extra: ReactNode }) {
  const t = useT();
  const [params, update] = useUrlState();
  const filters = Object.fromEntries(REGISTER_FILTERS.map((k) => [k, params.get(k) || undefined])) as Record<(typeof REGISTER_FILTERS)[number], string | undefined>;
  const { query, tableProps } = useServerTable<RegisterEntry>(REGISTER_KEY, '/api/document-numbers', filters, 50);
  const [voiding, setVoiding] = useState<RegisterEntry | null>(null);
  const action = (e: RegisterEntry) =>
    e.status !== 'voided' && (
      <Button size="small" danger type="link" onClick={() => setVoiding(e)} autoInsertSpace={false} style={{ padding: 0 }} data-testid="void-number">
        {t('documents.register.void')}
      </Button>
    );
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.register.empty')} />;
  const width = (basis: number, max: number) => ({ flex: `1 1 ${basis}px`, maxWidth: phone ? undefined : max });

  const list = () => {
    if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
    if (phone) {
      return <PagedCards table={tableProps} empty={empty} renderItem={(e) => <EntryCard entry={e} action={action(e)} />} />;
    }
    return <Table<RegisterEntry> {...tableProps} rowKey="id" size="middle" columns={columns(t, action)} locale={{ emptyText: empty }} scroll={{ x: 760 }} />;
  };

  return (
    <Card title={t('documents.register.heading')} extra={extra} styles={{ body: { padding: phone ? 12 : 24 } }} data-testid="number-register">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          value={filters.ruleId}
          onChange={(ruleId?: string) => update({ ruleId })}
          options={rules.map((r) => ({ value: r.id, label: r.code }))}
          placeholder={t('documents.register.rule')}
          aria-label={t('documents.register.rule')}
          allowClear
          style={width(140, 200)}
        />
        <YearSelect value={filters.year} onChange={(year) => update({ year })} style={width(100, 140)} />
        <Select
          value={filters.status}
          onChange={(status?: string) => update({ status })}
          options={NUMBER_STATUSES.map((s) => ({ value: s, label: t(`documents.numberStatus.${s}`) }))}
          placeholder={t('documents.field.status')}
          aria-label={t('documents.field.status')}
          allowClear
          style={width(100, 140)}
        />
      </Flex>
      {list()}
      {voiding && <VoidDialog entry={voiding} onClose={() => setVoiding(null)} />}
    </Card>
  );
}
