import { Flex, Typography } from 'antd';
import { useT } from '../../../../app/i18n';
import { DocumentCardFrame } from '../../list/DocumentCard';
import { incomingPath, type IncomingListItem } from '../api';
import { DeadlineText } from '../labels';

/** One 收文 as a card on a phone: title and tags, 收文编号 and where it came from, who handles it by when. */
export function IncomingCard({ row }: { row: IncomingListItem }) {
  const t = useT();
  return (
    <DocumentCardFrame
      to={incomingPath(row.id)}
      testId="incoming-card"
      row={row}
      facts={[row.receiptNo, row.sourceUnit, row.sourceDocNo]}
      footer={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[row.receivedOn, row.handlingDepartment, row.step].filter(Boolean).join(' · ')}
          </Typography.Text>
          {(row.deadline || row.supervised) && (
            <Flex gap={4} align="center" style={{ fontSize: 12 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('incoming.field.deadline')}
              </Typography.Text>
              <DeadlineText row={row} />
            </Flex>
          )}
        </Flex>
      }
    />
  );
}
