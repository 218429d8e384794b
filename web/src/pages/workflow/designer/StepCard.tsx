import { ClockCircleOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { Card } from './Card';
import { useCanvas } from './canvasContext';
import { KIND_LOOK } from './stepKinds';
import { describeAssignee, describeMode } from './summary';
import type { CcStep, StartStep, TaskStep } from './types';

/** The card of a start, approval, handle or CC step. */
export function StepCard({ step }: { step: StartStep | TaskStep | CcStep }) {
  const t = useT();
  const c = useCanvas();
  const look = KIND_LOOK[step.type];
  const open = c.select ? () => c.select?.({ stepId: step.id }) : undefined;
  const title = (
    <>
      {look.icon} {step.name}
    </>
  );

  if (step.type === 'start')
    return <Card id={step.id} color={look.color} variant="step" title={title} summary={t('designer.start.summary')} onOpen={open} />;

  const who = describeAssignee(step.assignee, t, c.resolveName, c.fieldLabel);
  const mode = step.type === 'cc' ? undefined : describeMode(step, t);
  const limit = step.type !== 'cc' && step.timeLimit && (
    <>
      <ClockCircleOutlined /> {t(`designer.limit.${step.timeLimit.unit}`, { amount: step.timeLimit.amount })}
    </>
  );
  return (
    <Card
      id={step.id}
      color={look.color}
      variant="step"
      title={title}
      summary={mode ? `${who} · ${mode}` : who}
      extra={limit}
      onOpen={open}
      onDelete={() => c.removeStep(step.id)}
    />
  );
}
