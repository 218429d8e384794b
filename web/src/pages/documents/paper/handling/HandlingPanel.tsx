import type { ComponentType } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useT } from '../../../../app/i18n';
import { handledTask, type DocumentView, type HandledPurpose } from '../../api';
import { ArchiveStep } from './ArchiveStep';
import { DistributeStep } from './DistributeStep';
import { LayoutStep } from './LayoutStep';
import { NumberStep } from './NumberStep';

const STEPS: Record<HandledPurpose, ComponentType<{ doc: DocumentView; phone: boolean }>> = {
  number: NumberStep,
  layout: LayoutStep,
  distribute: DistributeStep,
  archive: ArchiveStep,
};

/**
 * 办理: the work of the caller's step after 签发 (编号, 用印排版, 分发, 归档), done here before the
 * bar's 办理 completes the step.
 */
export function HandlingPanel({ doc, phone }: { doc: DocumentView; phone: boolean }) {
  const t = useT();
  const task = handledTask(doc);
  if (!task) return null;
  const Step = STEPS[task.purpose];
  return (
    <Card title={t('documents.handling.title', { step: task.stepName })} size="small" styles={{ body: { padding: phone ? 12 : 20 } }} data-testid="handling">
      <Flex vertical gap={12} align="start">
        <Typography.Text type="secondary">{t(`documents.handling.help.${task.purpose}`)}</Typography.Text>
        <Step doc={doc} phone={phone} />
      </Flex>
    </Card>
  );
}
