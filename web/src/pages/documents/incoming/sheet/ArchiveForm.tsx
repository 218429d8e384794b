import { Button, Form } from 'antd';
import { ContainerOutlined } from '@ant-design/icons';
import { useT } from '../../../../app/i18n';
import { ArchiveFields, useArchiveChoice } from '../../ArchiveFields';
import type { IncomingView } from '../api';
import { useIncomingCommand } from './useIncomingCommand';

/**
 * 归档: the archivist sets the 保管期限 and the keywords; the server files the 收文 (one document, one
 * file) and completes the step. Should it have filed it without completing the step, only the
 * completion is left to do (through the workflow; the step's hook sees it filed).
 */
export function ArchiveForm({ doc, taskId, phone }: { doc: IncomingView; taskId: string; phone: boolean }) {
  const t = useT();
  const choice = useArchiveChoice(doc.id);
  const archive = useIncomingCommand(doc.id);
  const complete = useIncomingCommand(doc.id);
  const finish = () => complete.mutate({ action: 'complete', taskId, body: {} });
  const filed = doc.status === 'archived';
  const file = () => archive.mutate({ action: 'archive', body: { retention: choice.retention, keywords: choice.keywords } });
  const button = (
    <Button
      type="primary"
      icon={<ContainerOutlined />}
      disabled={!filed && !choice.retention}
      loading={archive.isPending || complete.isPending}
      onClick={filed ? finish : file}
      block={phone}
      autoInsertSpace={false}
      data-testid="archive"
    >
      {t(filed ? 'incoming.archive.complete' : 'documents.archive.file')}
    </Button>
  );
  if (filed) return button;
  return (
    <Form layout="vertical" style={{ width: '100%' }}>
      <ArchiveFields choice={choice} helpKey="incoming.archive.keywordsHelp" />
      {button}
    </Form>
  );
}
