import type { ReactNode } from 'react';
import { Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useT, type T } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PagedCards } from '../../../components/PagedCards';
import { useServerTable } from '../../org/shared/useServerTable';
import { formatTime } from '../../workflow/labels';
import { SecretTag, UrgencyTag } from '../labels';
import { INBOX_KEY, type InboxBox, type InboxItem } from './api';
import { documentPath } from './paths';
import { ReadButton } from './ReadButton';

function Title({ item }: { item: InboxItem }) {
  return (
    <Flex gap={6} align="center" wrap>
      <Link to={documentPath(item)}>{item.title}</Link>
      <SecretTag level={item.secretLevel} />
      <UrgencyTag urgency={item.urgency} />
    </Flex>
  );
}

const when = (box: InboxBox, item: InboxItem) => formatTime(box === 'read' ? item.readAt : item.deliveredAt);

function columns(t: T, box: InboxBox): TableColumnsType<InboxItem> {
  const last: TableColumnsType<InboxItem> =
    box === 'unread'
      ? [{ title: t('admin.actions'), key: 'action', width: 90, render: (_, i) => <ReadButton circulationId={i.id} size="small" /> }]
      : [{ title: t('circulation.opinion'), dataIndex: 'opinion', render: (v: string) => v || '—' }];
  return [
    { title: t('documents.field.title'), key: 'title', render: (_, i) => <Title item={i} /> },
    { title: t('documents.field.docNo'), dataIndex: 'docNo', width: 160, render: (v: string | null) => v || '—' },
    { title: t('circulation.from'), dataIndex: 'startedBy', width: 100 },
    { title: t('circulation.note'), dataIndex: 'note', render: (v: string) => v || '—' },
    { title: t(box === 'read' ? 'circulation.readTime' : 'circulation.deliveredTime'), key: 'when', width: 150, render: (_, i) => when(box, i) },
    ...last,
  ];
}

/** One circulation that reached me, as a card on a phone. */
function InboxCard({ item, box, action }: { item: InboxItem; box: InboxBox; action: ReactNode }) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="circulation-item">
      <Flex vertical gap={4}>
        <div style={{ fontSize: 15, fontWeight: 600 }}>
          <Title item={item} />
        </div>
        <Typography.Text type="secondary">{[item.docNo, t('circulation.fromName', { name: item.startedBy })].filter(Boolean).join(' · ')}</Typography.Text>
        {item.note && <Typography.Text>{item.note}</Typography.Text>}
        {box === 'read' && item.opinion && <Typography.Text>{t('circulation.opinionQuoted', { opinion: item.opinion })}</Typography.Text>}
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {when(box, item)}
          </Typography.Text>
          {action}
        </Flex>
      </Flex>
    </Card>
  );
}

/** 待阅 or 已阅, paged on the server: a table, or cards on a phone. */
export function InboxList({ box, phone }: { box: InboxBox; phone: boolean }) {
  const t = useT();
  const { query, tableProps } = useServerTable<InboxItem>(INBOX_KEY, '/api/circulations', { box });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`circulation.inbox.empty.${box}`)} />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (phone) {
    const action = (i: InboxItem) => box === 'unread' && <ReadButton circulationId={i.id} size="small" />;
    return <PagedCards table={tableProps} empty={empty} renderItem={(i) => <InboxCard item={i} box={box} action={action(i)} />} />;
  }
  return <Table<InboxItem> {...tableProps} rowKey="id" columns={columns(t, box)} locale={{ emptyText: empty }} scroll={{ x: 860 }} />;
}
