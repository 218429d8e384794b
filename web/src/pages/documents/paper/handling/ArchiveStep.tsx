import { Descriptions, Flex } from 'antd';
import { useT } from '../../../../app/i18n';
import { formatTime } from '../../../workflow/labels';
import type { DocumentView } from '../../api';
import { ArchiveForm } from './ArchiveForm';
import { FormalFiles } from './FormalFiles';

/**
 * 归档: what the archivist checks before filing it — the 文号, the formal files and how many
 * revisions it went through — then the filing itself, or when it was filed.
 */
export function ArchiveStep({ doc, phone }: { doc: DocumentView; phone: boolean }) {
  const t = useT();
  const items = [
    { key: 'docNo', label: t('documents.field.docNo'), children: doc.docNo || t('documents.header.noNumber') },
    { key: 'formal', label: t('documents.formal.label'), children: <FormalFiles doc={doc} phone={phone} /> },
    { key: 'revisions', label: t('documents.archive.revisions'), children: t('documents.archive.revisionCount', { count: doc.revisions.length }) },
    ...(doc.archivedAt ? [{ key: 'archivedAt', label: t('documents.archive.archivedAt'), children: formatTime(doc.archivedAt) }] : []),
  ];
  return (
    <Flex vertical gap={12} style={{ width: '100%' }}>
      <Descriptions size="small" column={1} items={items} data-testid="archive-summary" />
      {!doc.archivedAt && <ArchiveForm doc={doc} />}
    </Flex>
  );
}
