import { Card, Flex, Typography } from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT } from '../../../../app/i18n';
import { useInstance } from '../../../workflow/api';
import { DocumentStatusTag, SecretTag, UrgencyTag } from '../../labels';
import type { IncomingView } from '../api';
import { SupervisedTag } from '../labels';

/** The flow on the workflow's own page (its drawing, every step, 转办 and the rest), for those who may open it. */
function FlowLink({ instanceId }: { instanceId: string }) {
  const t = useT();
  const flow = useInstance(instanceId);
  if (!flow.data) return null;
  return (
    <Link to={`/workflow/instances/${instanceId}`} style={{ marginInlineStart: 'auto' }} data-testid="flow-link">
      <ApartmentOutlined /> {t('incoming.sheet.flow')}
    </Link>
  );
}

/** 收文编号, title, status, 密级 and 紧急程度, 督办, and the link to its flow. */
export function SheetHeader({ doc, phone }: { doc: IncomingView; phone: boolean }) {
  return (
    <Card styles={{ body: { padding: phone ? 12 : 20 } }}>
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary" data-testid="receipt-no">
            {doc.receiptNo}
          </Typography.Text>
          {doc.flowInstanceId && <FlowLink instanceId={doc.flowInstanceId} />}
        </Flex>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="incoming-title">
          {doc.title}
        </Typography.Title>
        <Flex gap={4} wrap data-testid="incoming-tags">
          <DocumentStatusTag status={doc.status} />
          <SecretTag level={doc.secretLevel} term={doc.secretTerm} />
          <UrgencyTag urgency={doc.urgency} />
          {doc.supervised && <SupervisedTag />}
        </Flex>
      </Flex>
    </Card>
  );
}
