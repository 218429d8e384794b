import { Tag } from 'antd';
import { useT } from '../../app/i18n';
import type { FlowSummary } from './api';

/** 已发布 vN / 未发布 / 已停用. */
export function FlowStatus({ flow }: { flow: Pick<FlowSummary, 'enabled' | 'currentVersion'> }) {
  const t = useT();
  if (!flow.enabled) return <Tag>{t('flowadmin.status.disabled')}</Tag>;
  if (!flow.currentVersion) return <Tag color="orange">{t('flowadmin.status.unpublished')}</Tag>;
  return <Tag color="green">{t('flowadmin.status.published', { version: flow.currentVersion })}</Tag>;
}
