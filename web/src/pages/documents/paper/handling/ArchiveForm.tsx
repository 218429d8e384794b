import { Button, Form } from 'antd';
import { ContainerOutlined } from '@ant-design/icons';
import { useT } from '../../../../app/i18n';
import type { DocumentView } from '../../api';
import { ArchiveFields, useArchiveChoice } from '../../ArchiveFields';
import { useDocumentCommand } from '../../useDocumentCommand';

/** 归档: the archivist sets the 保管期限 and the keywords (suggested from the body), then files the document. */
export function ArchiveForm({ doc }: { doc: DocumentView }) {
  const t = useT();
  const choice = useArchiveChoice(doc.id);
  const archive = useDocumentCommand('documents.archive.done');
  return (
    <Form layout="vertical" style={{ width: '100%' }}>
      <ArchiveFields choice={choice} helpKey="documents.archive.keywordsHelp" />
      <Button
        type="primary"
        icon={<ContainerOutlined />}
        disabled={!choice.retention}
        loading={archive.isPending}
        onClick={() => archive.mutate({ url: `/api/documents/${doc.id}/archive`, body: { retention: choice.retention, keywords: choice.keywords } })}
        autoInsertSpace={false}
        data-testid="archive"
      >
        {t('documents.archive.file')}
      </Button>
    </Form>
  );
}
