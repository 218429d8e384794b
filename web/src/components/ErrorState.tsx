import { Alert, Button } from 'antd';
import { useT } from '../app/i18n';

/** A failed query: the server's message and a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.loadFailed')}
      description={error instanceof Error ? error.message : undefined}
      action={onRetry && <Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
