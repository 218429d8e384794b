import { Flex, type TableColumnsType } from 'antd';
import type { T } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import { DocumentStatusTag, SecretTag } from '../labels';
import type { ArchiveEntry } from './api';
import { RecordTitle, retentionLabel } from './labels';
import { RecordActions, type RecordHandlers } from './RecordActions';

export function recordColumns(t: T, handlers: RecordHandlers): TableColumnsType<ArchiveEntry> {
  return [
    { title: t('archive.field.docNo'), dataIndex: 'docNo', width: 190, render: (v: string) => v || '—' },
    {
      title: t('archive.field.title'),
      key: 'title',
      render: (_, e) => (
        <Flex gap={6} align="center" wrap>
          <RecordTitle title={e.title} documentId={e.documentId} canOpen={e.canOpen} />
          <SecretTag level={e.secretLevel} />
          {e.status !== 'archived' && <DocumentStatusTag status={e.status} />}
        </Flex>
      ),
    },
    { title: t('archive.field.year'), dataIndex: 'year', width: 70 },
    { title: t('documents.archive.retention'), dataIndex: 'retention', width: 90, render: (v: string) => retentionLabel(t, v) },
    { title: t('documents.field.kind'), dataIndex: 'kindName', width: 80, render: (v: string | null) => v ?? '—' },
    { title: t('documents.archive.archivedAt'), dataIndex: 'archivedAt', width: 150, render: (v: string | null) => formatTime(v) || '—' },
    { title: t('admin.actions'), key: 'actions', width: 190, render: (_, e) => <RecordActions entry={e} {...handlers} /> },
  ];
}
