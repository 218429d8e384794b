import { Tag, Typography } from 'antd';
import { useT } from '../../app/i18n';
import type { SupervisionKind, SupervisionSource, SupervisionStatus } from './api';

const STATUS_COLOR: Record<SupervisionStatus, string> = { open: 'processing', overdue: 'error', concluded: 'success', cancelled: 'default' };

export function StatusTag({ status }: { status: SupervisionStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="supervision-status" data-status={status}>
      {t(`supervision.status.${status}`)}
    </Tag>
  );
}

export function SourceTag({ source, kind }: { source: SupervisionSource; kind?: SupervisionKind }) {
  const t = useT();
  return (
    <>
      <Tag>{t(`supervision.source.${source}`)}</Tag>
      {kind === 'rectification' && <Tag color="orange">{t('supervision.kind.rectification')}</Tag>}
    </>
  );
}

/** A deadline, red when the item is overdue. */
export function DeadlineText({ deadline, status }: { deadline: string; status: SupervisionStatus }) {
  return (
    <Typography.Text type={status === 'overdue' ? 'danger' : undefined} strong={status === 'overdue'} data-testid="supervision-deadline">
      {deadline}
    </Typography.Text>
  );
}
