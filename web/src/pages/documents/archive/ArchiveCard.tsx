import { Alert, Card, Descriptions, Flex, Tag } from 'antd';
import { useT } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import type { DocumentView } from '../api';
import { useArchiveRecord } from './api';
import { retentionLabel } from './labels';
import './i18n';

/** On the 稿纸 of an archived document: its catalogue entry, and once returned or destroyed, that its content is gone. */
export function ArchiveCard({ doc, phone }: { doc: DocumentView; phone: boolean }) {
  const t = useT();
  const record = useArchiveRecord(doc.id, !!doc.archivedAt);
  if (!record.data) return null;
  const r = record.data;
  return (
    <Card title={t('archive.card.title')} size="small" styles={{ body: { padding: phone ? 12 : 20 } }} data-testid="archive-card">
      <Flex vertical gap={12}>
        {r.disposal && (
          <Alert
            type="warning"
            showIcon
            data-testid="disposed-notice"
            title={t(`archive.card.${r.disposal.kind}`, { name: r.disposal.executedBy, time: formatTime(r.disposal.executedAt) })}
          />
        )}
        <Descriptions
          size="small"
          column={phone ? 1 : 3}
          items={[
            { key: 'docNo', label: t('archive.field.docNo'), children: r.docNo || '—' },
            { key: 'year', label: t('archive.field.year'), children: r.year },
            { key: 'retention', label: t('documents.archive.retention'), children: retentionLabel(t, r.retention) },
            { key: 'archivist', label: t('archive.card.archivist'), children: r.archivist ?? '—' },
            { key: 'archivedAt', label: t('documents.archive.archivedAt'), children: formatTime(r.archivedAt) || '—' },
            { key: 'keywords', label: t('documents.archive.keywords'), children: r.keywords.length ? r.keywords.map((k) => <Tag key={k}>{k}</Tag>) : '—' },
          ]}
        />
      </Flex>
    </Card>
  );
}
