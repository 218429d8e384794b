import { useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useT } from '../../../../app/i18n';
import { useActiveSeals, type DocumentView } from '../../api';
import { useDocumentCommand } from '../../useDocumentCommand';
import { FormalFiles } from './FormalFiles';
import { SealChoice } from './SealChoice';

/** 用印排版: choose the seal, then the server lays the document out (GB/T 9704), stamps, signs it and makes the DOCX. */
export function LayoutStep({ doc, phone }: { doc: DocumentView; phone: boolean }) {
  const t = useT();
  const [chosen, setChosen] = useState<string>();
  const firstSeal = useActiveSeals().data?.[0]?.id;
  const sealId = chosen ?? firstSeal;
  const issue = useDocumentCommand('documents.layout.done');
  return (
    <Flex vertical gap={12} align="start">
      <Typography.Text strong>{t('documents.layout.seal')}</Typography.Text>
      <SealChoice value={sealId} onChange={setChosen} phone={phone} />
      <Button
        type={doc.formalPdfFileId ? 'default' : 'primary'}
        icon={<SafetyCertificateOutlined />}
        disabled={!sealId}
        loading={issue.isPending}
        onClick={() => issue.mutate({ url: `/api/documents/${doc.id}/formal`, body: { sealId } })}
        autoInsertSpace={false}
      >
        {t(doc.formalPdfFileId ? 'documents.layout.again' : 'documents.layout.issue')}
      </Button>
      <FormalFiles doc={doc} phone={phone} />
    </Flex>
  );
}
