import { Flex, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { T } from '../../../app/i18n';
import type { DocumentRow } from '../api';
import { DocumentStatusTag, SecretTag, UrgencyTag } from '../labels';
import { formatTime } from '../../workflow/labels';

export const documentPath = (r: DocumentRow) => `/documents/${r.id}`;

export function documentColumns(t: T): TableColumnsType<DocumentRow> {
  return [
    {
      title: t('documents.field.title'),
      key: 'title',
      render: (_, r) => (
        <Flex gap={6} align="center" wrap>
          <Link to={documentPath(r)}>{r.title}</Link>
          <SecretTag level={r.secretLevel} />
          <UrgencyTag urgency={r.urgency} />
        </Flex>
      ),
    },
    { title: t('documents.field.kind'), dataIndex: 'kindName', width: 100 },
    { title: t('documents.field.docNo'), dataIndex: 'docNo', width: 160, render: (v: string | null) => v || '—' },
    { title: t('documents.field.drafter'), dataIndex: 'drafter', width: 100 },
    { title: t('documents.field.status'), dataIndex: 'status', width: 100, render: (_, r) => <DocumentStatusTag status={r.status} /> },
    { title: t('documents.field.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatTime(v) },
  ];
}
