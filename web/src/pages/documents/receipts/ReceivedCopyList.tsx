import type { MouseEvent, ReactNode } from 'react';
import { Button, Card, Empty, Flex, List, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT, type T } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { formatTime } from '../../workflow/labels';
import { useReceivedCopies, type ReceivedCopy } from '../api';
import { SecretTag, UrgencyTag } from '../labels';
import { useDocumentCommand } from '../useDocumentCommand';
import { incomingPath } from '../incoming/api';
import '../incoming/i18n';

type Status = 'sent' | 'signed';
const paperPath = (c: ReceivedCopy) => `/documents/${c.documentId}`;

/** 签收 of one copy; the click stays on the button (the row around it opens the 稿纸). */
function SignButton({ copy }: { copy: ReceivedCopy }) {
  const t = useT();
  const sign = useDocumentCommand('documents.receipts.signed');
  const click = (e: MouseEvent) => {
    e.stopPropagation();
    sign.mutate({ url: `/api/document-distributions/${copy.id}/sign` });
  };
  return (
    <Button type="primary" size="small" loading={sign.isPending} onClick={click} autoInsertSpace={false} data-testid="sign-copy">
      {t('documents.receipts.sign')}
    </Button>
  );
}

/** A signed copy goes on to 收文登记 (pre-filled from the copy), or, once registered, to its 收文处理单. */
function RegisterAction({ copy }: { copy: ReceivedCopy }) {
  const t = useT();
  const navigate = useNavigate();
  if (copy.registeredId)
    return (
      <Link to={incomingPath(copy.registeredId)} onClick={(e) => e.stopPropagation()} data-testid="view-incoming">
        {t('incoming.receipts.view')}
      </Link>
    );
  const click = (e: MouseEvent) => {
    e.stopPropagation();
    navigate(`/incoming/new?distribution=${copy.id}`);
  };
  return (
    <Button size="small" onClick={click} autoInsertSpace={false} data-testid="register-copy">
      {t('incoming.receipts.register')}
    </Button>
  );
}

/** Not signed for within one workday of being sent (the department's 文书 was reminded by e-mail). */
function LateTag({ copy }: { copy: ReceivedCopy }) {
  const t = useT();
  if (!copy.late) return null;
  return (
    <Tooltip title={t('incoming.receipts.lateHelp')}>
      <Tag color="red" data-testid="late-copy">
        {t('incoming.receipts.late')}
      </Tag>
    </Tooltip>
  );
}

function columns(t: T, status: Status, action: (c: ReceivedCopy) => ReactNode): TableColumnsType<ReceivedCopy> {
  return [
    {
      title: t('documents.field.title'),
      key: 'title',
      render: (_, c) => (
        <Flex gap={6} align="center" wrap>
          <Link to={paperPath(c)}>{c.title}</Link>
          <SecretTag level={c.secretLevel} />
          <UrgencyTag urgency={c.urgency} />
          <LateTag copy={c} />
        </Flex>
      ),
    },
    { title: t('documents.field.docNo'), dataIndex: 'docNo', width: 170, render: (v: string | null) => v || '—' },
    { title: t('documents.receipts.department'), dataIndex: 'departmentName', width: 120 },
    { title: t('documents.receipts.sentAt'), dataIndex: 'sentAt', width: 150, render: (v: string) => formatTime(v) },
    ...(status === 'signed' ? [{ title: t('documents.receipts.signedAt'), dataIndex: 'signedAt', width: 150, render: (v: string | null) => formatTime(v) }] : []),
    { title: status === 'sent' ? t('admin.actions') : t('incoming.receipts.registration'), key: 'action', width: 90, render: (_, c) => action(c) },
  ];
}

/** One copy as a card on a phone: title and tags, 文号, the receiving department, when it came. */
function ReceivedCopyCard({ copy, action }: { copy: ReceivedCopy; action: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Card size="small" hoverable style={{ marginBottom: 8 }} onClick={() => navigate(paperPath(copy))} data-testid="received-copy">
      <Flex vertical gap={4}>
        <Typography.Text strong style={{ fontSize: 15 }}>
          {copy.title}
        </Typography.Text>
        <Flex gap={4} wrap align="center">
          <SecretTag level={copy.secretLevel} />
          <UrgencyTag urgency={copy.urgency} />
          <LateTag copy={copy} />
          <Typography.Text type="secondary">{[copy.docNo, copy.departmentName].filter(Boolean).join(' · ')}</Typography.Text>
        </Flex>
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(copy.signedAt ?? copy.sentAt)}
          </Typography.Text>
          {action}
        </Flex>
      </Flex>
    </Card>
  );
}

/**
 * The copies sent to the caller's departments, waiting to be signed for (late ones marked) or signed
 * (to be registered as 收文): a table, or cards on a phone.
 */
export function ReceivedCopyList({ status, phone }: { status: Status; phone: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const copies = useReceivedCopies(status);
  const action = (c: ReceivedCopy) => (status === 'sent' ? <SignButton copy={c} /> : <RegisterAction copy={c} />);
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`documents.receipts.empty.${status}`)} />;
  if (copies.error) return <ErrorState error={copies.error} onRetry={() => copies.refetch()} />;
  if (phone)
    return <List dataSource={copies.data?.items} loading={copies.isPending} locale={{ emptyText: empty }} renderItem={(c) => <ReceivedCopyCard copy={c} action={action(c)} />} />;
  return (
    <Table<ReceivedCopy>
      rowKey="id"
      dataSource={copies.data?.items}
      loading={copies.isPending}
      columns={columns(t, status, action)}
      locale={{ emptyText: empty }}
      pagination={false}
      scroll={{ x: 760 }}
      onRow={(c) => ({ onClick: (e) => !(e.target as HTMLElement).closest('a,button') && navigate(paperPath(c)), style: { cursor: 'pointer' } })}
    />
  );
}
