import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { DocumentRow, DocumentStatus, SecretLevel, Urgency } from '../api';
import { DocumentStatusTag, SecretTag, UrgencyTag } from '../labels';
import { formatTime } from '../../workflow/labels';
import { documentPath } from './columns';

interface FrameProps {
  to: string;
  testId: string;
  row: { title: string; status: DocumentStatus; secretLevel: SecretLevel; urgency: Urgency };
  /** The identifying facts after the tags (文种, 文号 …), joined with dots. */
  facts: (string | null | undefined)[];
  footer: ReactNode;
}

/** A document (发文 or 收文) as a card on a phone: title and status, 密级 and 紧急 tags with its facts, then a footer line. */
export function DocumentCardFrame({ to, testId, row, facts, footer }: FrameProps) {
  const navigate = useNavigate();
  return (
    <Card size="small" hoverable style={{ marginBottom: 8 }} onClick={() => navigate(to)} data-testid={testId}>
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
          <Typography.Text type="secondary">{facts.filter(Boolean).join(' · ')}</Typography.Text>
        </Flex>
        {footer}
      </Flex>
    </Card>
  );
}

/** One document as a card on a phone: title and tags, kind, 文号, drafter, last change. */
export function DocumentCard({ row }: { row: DocumentRow }) {
  return (
    <DocumentCardFrame
      to={documentPath(row)}
      testId="document-card"
      row={row}
      facts={[row.kindName, row.docNo, row.drafter]}
      footer={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <ClockCircleOutlined /> {formatTime(row.updatedAt)}
        </Typography.Text>
      }
    />
  );
}
