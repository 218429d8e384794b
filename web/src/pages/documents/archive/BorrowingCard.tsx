import { Card, Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { SecretTag } from '../labels';
import type { Borrowing } from './api';
import { BorrowingActions } from './BorrowingActions';
import { BorrowingStatusTag, RecordTitle, borrowingTime } from './labels';

/** One request or loan as a card on a phone: 文号, title, state, reason, when it falls due, and what may be done. */
export function BorrowingCard({ row, register }: { row: Borrowing; register: boolean }) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="borrowing-card">
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong>{row.docNo || '—'}</Typography.Text>
          <Flex gap={4}>
            <SecretTag level={row.secretLevel} />
            <BorrowingStatusTag status={row.status} />
          </Flex>
        </Flex>
        <RecordTitle title={row.title} documentId={row.documentId} canOpen={row.canOpen} />
        <Typography.Text type="secondary">
          {[register && row.borrower, row.reason, t('archive.borrow.daysValue', { days: row.days })].filter(Boolean).join(' · ')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {borrowingTime(t, row)}
        </Typography.Text>
        <BorrowingActions row={row} register={register} />
      </Flex>
    </Card>
  );
}
