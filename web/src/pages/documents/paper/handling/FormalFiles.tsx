import { Button, Flex } from 'antd';
import { EyeOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { get } from '../../../../api/client';
import { useT } from '../../../../app/i18n';
import { formalUrl, type DocumentView } from '../../api';
import { isClassified } from '../../labels';

/**
 * Opens the PDF in a new tab. The server sends files as downloads and the page may not frame blob
 * URLs, so the preview is the browser's own PDF viewer in a tab of its own; the tab is opened at
 * the click, before the file arrives, so that it is not taken for a pop-up.
 */
async function previewPdf(documentId: string) {
  const tab = window.open('', '_blank');
  if (!tab) return;
  const pdf = await get<Blob>(formalUrl(documentId, 'pdf'));
  const url = URL.createObjectURL(new Blob([pdf], { type: 'application/pdf' }));
  tab.location.href = url;
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The formal document: the sealed PDF and the DOCX to download (a state secret has no DOCX), and on
 * a desktop a preview of the PDF.
 */
export function FormalFiles({ doc, phone }: { doc: DocumentView; phone: boolean }) {
  const t = useT();
  if (!doc.formalPdfFileId) return null;
  return (
    <Flex gap={16} wrap align="center" data-testid="formal-files">
      <a href={formalUrl(doc.id, 'pdf')} download data-testid="formal-pdf">
        <FilePdfOutlined /> {t('documents.formal.pdf')}
      </a>
      {doc.formalDocxFileId && !isClassified(doc.secretLevel) && (
        <a href={formalUrl(doc.id, 'docx')} download data-testid="formal-docx">
          <FileWordOutlined /> {t('documents.formal.docx')}
        </a>
      )}
      {!phone && (
        <Button size="small" icon={<EyeOutlined />} onClick={() => previewPdf(doc.id)}>
          {t('documents.formal.preview')}
        </Button>
      )}
    </Flex>
  );
}
