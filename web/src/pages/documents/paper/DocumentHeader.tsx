import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import { processingFormUrl, type DocumentView } from '../api';
import { DocumentStatusTag, SecretTag, UrgencyTag } from '../labels';

/** The steps the document waits at now, from its flow. */
const currentSteps = (doc: DocumentView) => [
  ...new Set((doc.flow?.tasks ?? []).filter((k) => k.status === 'pending' && k.kind !== 'cc').map((k) => `${k.stepName}（${k.assigneeName}）`)),
];

/**
 * Title, status, 文种, 文号, 密级 and 紧急程度, the drafter, the revision and where the document stands;
 * once submitted, the 发文稿纸 with every step's opinion as a PDF (in a tab of its own).
 */
export function DocumentHeader({ doc, phone }: { doc: DocumentView; phone: boolean }) {
  const t = useT();
  const waiting = currentSteps(doc);
  const items = [
    { key: 'docNo', label: t('documents.field.docNo'), children: doc.docNo || t('documents.header.noNumber') },
    { key: 'drafter', label: t('documents.field.drafter'), children: `${doc.drafter}（${doc.drafterDepartment}）` },
    { key: 'revision', label: t('documents.header.revision'), children: t('documents.revision.nth', { revision: doc.revision }) },
    waiting.length
      ? { key: 'current', label: t('documents.header.current'), children: waiting.join('、') }
      : { key: 'createdAt', label: t('documents.header.createdAt'), children: formatTime(doc.createdAt) },
  ];
  return (
    <Card styles={{ body: { padding: phone ? 12 : 20 } }}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="document-title">
          {doc.title}
        </Typography.Title>
        <Flex gap={4} wrap data-testid="document-tags">
          <DocumentStatusTag status={doc.status} />
          <Tag>{doc.kindName}</Tag>
          <SecretTag level={doc.secretLevel} term={doc.secretTerm} />
          <UrgencyTag urgency={doc.urgency} />
        </Flex>
        {(doc.status !== 'draft' || doc.flow) && (
          <a href={processingFormUrl(doc.id)} target="_blank" rel="noopener noreferrer" style={{ marginInlineStart: 'auto' }} data-testid="processing-form">
            <FilePdfOutlined /> {t('documents.processingForm')}
          </a>
        )}
      </Flex>
      <Descriptions size="small" column={phone ? 1 : 2} items={items} />
    </Card>
  );
}
