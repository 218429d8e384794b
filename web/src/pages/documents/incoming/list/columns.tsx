import { Flex, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { T } from '../../../../app/i18n';
import { DocumentStatusTag, SecretTag, UrgencyTag } from '../../labels';
import { incomingPath, type IncomingListItem } from '../api';
import { DeadlineText } from '../labels';

const dash = (v: string | null) => v || '—';

/** Status, and the step it waits at while its flow runs. */
function StatusCell({ row }: { row: IncomingListItem }) {
  return (
    <Flex vertical gap={2} align="start">
      <DocumentStatusTag status={row.status} />
      {row.step && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {row.step}
        </Typography.Text>
      )}
    </Flex>
  );
}

export function incomingColumns(t: T): TableColumnsType<IncomingListItem> {
  return [
    { title: t('incoming.field.receiptNo'), dataIndex: 'receiptNo', width: 110 },
    {
      title: t('documents.field.title'),
      key: 'title',
      render: (_, r) => (
        <Flex gap={6} align="center" wrap>
          <Link to={incomingPath(r.id)}>{r.title}</Link>
          <SecretTag level={r.secretLevel} />
          <UrgencyTag urgency={r.urgency} />
        </Flex>
      ),
    },
    { title: t('incoming.field.sourceUnit'), dataIndex: 'sourceUnit', width: 130 },
    { title: t('incoming.field.sourceDocNo'), dataIndex: 'sourceDocNo', width: 125, render: dash },
    { title: t('incoming.field.receivedOn'), dataIndex: 'receivedOn', width: 100 },
    { title: t('documents.field.status'), key: 'status', width: 90, render: (_, r) => <StatusCell row={r} /> },
    { title: t('incoming.field.handlingDepartment'), dataIndex: 'handlingDepartment', width: 90, render: dash },
    { title: t('incoming.field.deadline'), key: 'deadline', width: 115, render: (_, r) => <DeadlineText row={r} /> },
  ];
}
