import { Card, Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import { DocumentStatusTag, SecretTag } from '../labels';
import type { ArchiveEntry } from './api';
import { RecordTitle, retentionLabel } from './labels';
import { RecordActions, type RecordHandlers } from './RecordActions';

/** One catalogue entry as a card on a phone: 文号 and title (or the masked line), 年度, 保管期限, and what may be done. */
export function RecordCard({ entry, ...handlers }: { entry: ArchiveEntry } & RecordHandlers) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="archive-record">
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong>{entry.docNo || '—'}</Typography.Text>
          <Flex gap={4}>
            <SecretTag level={entry.secretLevel} />
            {entry.status !== 'archived' && <DocumentStatusTag status={entry.status} />}
          </Flex>
        </Flex>
        <RecordTitle title={entry.title} documentId={entry.documentId} canOpen={entry.canOpen} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[t('archive.yearValue', { year: entry.year }), retentionLabel(t, entry.retention), entry.kindName, formatTime(entry.archivedAt)].filter(Boolean).join(' · ')}
        </Typography.Text>
        <RecordActions entry={entry} {...handlers} />
      </Flex>
    </Card>
  );
}
