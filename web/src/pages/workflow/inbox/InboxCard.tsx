import { Card, Flex, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import type { Box } from '../api';
import { formatTime, OverdueTag, StatusTag } from '../labels';
import { instancePath, isTask, rowStep, rowTime, unread, type Row } from './columns';

/** One inbox row as a card on a phone: title, flow, step, initiator, time, the overdue mark. */
export function InboxCard({ box, row }: { box: Box; row: Row }) {
  const t = useT();
  const navigate = useNavigate();
  const step = rowStep(row);
  return (
    <Card size="small" hoverable style={{ marginBottom: 8 }} onClick={() => navigate(instancePath(row))} data-testid="inbox-card">
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong={unread(box, row)} style={{ fontSize: 15 }}>
            {row.title}
          </Typography.Text>
          {isTask(row) && row.overdue ? <OverdueTag /> : <StatusTag status={row.status} />}
        </Flex>
        <Typography.Text type="secondary">
          {[row.definitionName, step && t('workflow.inbox.atStep', { step }), isTask(row) && row.initiatorName].filter(Boolean).join(' · ')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <ClockCircleOutlined /> {t(`workflow.inbox.time.${box}`)} {formatTime(rowTime(box, row))}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
