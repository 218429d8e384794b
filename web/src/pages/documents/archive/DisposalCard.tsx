import { Card, Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import { SecretTag } from '../labels';
import type { Disposal } from './api';
import { DisposalActions } from './DisposalActions';
import { DisposalKindTag, DisposalStatusTag } from './labels';

/** One 清退/销毁 as a card on a phone. */
export function DisposalCard({ row, onRecord }: { row: Disposal; onRecord(row: Disposal): void }) {
  const t = useT();
  const done = row.executedAt && row.executedBy;
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="disposal-card">
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong>{row.docNo || '—'}</Typography.Text>
          <Flex gap={4}>
            <DisposalKindTag kind={row.kind} />
            <DisposalStatusTag status={row.status} />
          </Flex>
        </Flex>
        <Flex gap={6} align="center" wrap>
          <Typography.Text>{row.title}</Typography.Text>
          <SecretTag level={row.secretLevel} />
        </Flex>
        <Typography.Text type="secondary">{row.reason}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {done ? t('archive.disposal.executedBy', { name: row.executedBy!, time: formatTime(row.executedAt) }) : t('archive.disposal.requestedBy', { name: row.requestedBy, time: formatTime(row.requestedAt) })}
        </Typography.Text>
        <DisposalActions row={row} onRecord={onRecord} />
      </Flex>
    </Card>
  );
}
