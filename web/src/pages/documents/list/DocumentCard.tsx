import { Card, Flex, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { DocumentRow } from '../api';
import { DocumentStatusTag, SecretTag, UrgencyTag } from '../labels';
import { formatTime } from '../../workflow/labels';
import { documentPath } from './columns';

/** One document as a card on a phone: title and tags, kind, 文号, drafter, last change. */
export function DocumentCard({ row }: { row: DocumentRow }) {
  const navigate = useNavigate();
  return (
    <Card size="small" hoverable style={{ marginBottom: 8 }} onClick={() => navigate(documentPath(row))} data-testid="document-card">
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {row.title}
          </Typography.Text>
          <DocumentStatusTag status={row.status} />
        </Flex>
        <Flex gap={4} wrap align="center">
          <SecretTag level={row.secretLevel} />
          <UrgencyTag urgency={row.urgency} />
          <Typography.Text type="secondary">{[row.kindName, row.docNo, row.drafter].filter(Boolean).join(' · ')}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <ClockCircleOutlined /> {formatTime(row.updatedAt)}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
