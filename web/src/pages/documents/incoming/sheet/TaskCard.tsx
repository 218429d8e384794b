import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useT } from '../../../../app/i18n';
import type { IncomingView } from '../api';
import { ArchiveForm } from './ArchiveForm';
import { ConcludeForm } from './ConcludeForm';
import { DecideForm } from './DecideForm';
import { ReturnButton } from './ReturnButton';

/** The caller's step on the 收文 (拟办, 批示, 承办, 归档) and its work; 拟办 and 批示 may be returned. */
export function TaskCard({ doc, phone }: { doc: IncomingView; phone: boolean }) {
  const t = useT();
  const task = doc.myTask;
  if (!task) return null;
  const work: Record<typeof task.purpose, ReactNode> = {
    propose: <DecideForm doc={doc} purpose="propose" phone={phone} />,
    instruct: <DecideForm doc={doc} purpose="instruct" phone={phone} />,
    handle: <ConcludeForm doc={doc} phone={phone} />,
    archive: <ArchiveForm doc={doc} taskId={task.taskId} phone={phone} />,
  };
  const returnable = task.purpose === 'propose' || task.purpose === 'instruct';
  return (
    <Card
      title={t('incoming.task.title', { step: task.stepName })}
      size="small"
      extra={returnable && !phone && <ReturnButton doc={doc} taskId={task.taskId} phone={phone} />}
      styles={{ header: { background: '#e6f4ff' }, body: { padding: phone ? 12 : 20 } }}
      data-testid="incoming-task"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t(`incoming.task.help.${task.purpose}`)}</Typography.Text>
        {work[task.purpose]}
        {returnable && phone && <ReturnButton doc={doc} taskId={task.taskId} phone={phone} />}
      </Flex>
    </Card>
  );
}
