import { Alert, Button } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';
import { useT } from '../../app/i18n';

interface Verify {
  ok: boolean;
  count: number;
  seq?: number;
  id?: string;
  problem?: 'altered' | 'removedBefore' | 'inserted';
}

/** Whether the SM3 hash chain of the log is intact, or where it first breaks. */
export function ChainBanner() {
  const t = useT();
  const verify = useQuery({ queryKey: ['audit', 'verify'], queryFn: () => get<Verify>('/api/audit/verify') });
  const recheck = (
    <Button size="small" loading={verify.isFetching} onClick={() => verify.refetch()}>
      {t('audit.chain.recheck')}
    </Button>
  );
  if (verify.isPending) return <Alert type="info" showIcon title={t('audit.chain.checking')} style={{ marginBottom: 12 }} />;
  if (verify.error) return <Alert type="warning" showIcon title={verify.error.message} action={recheck} style={{ marginBottom: 12 }} />;
  const v = verify.data;
  return v.ok ? (
    <Alert type="success" showIcon title={t('audit.chain.ok', { count: v.count })} action={recheck} style={{ marginBottom: 12 }} />
  ) : (
    <Alert
      type="error"
      showIcon
      title={t('audit.chain.broken', { seq: v.seq ?? '?', id: v.id ?? '?' })}
      description={v.problem && t(`audit.problem.${v.problem}`)}
      action={recheck}
      style={{ marginBottom: 12 }}
    />
  );
}
