import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../app/i18n';

/** 404 and 403 pages, with a way back to the workspace. */
export function StatusPage({ kind }: { kind: 'notFound' | 'forbidden' }) {
  const t = useT();
  return (
    <Result
      status={kind === 'notFound' ? '404' : '403'}
      title={t(`${kind}.title`)}
      subTitle={t(`${kind}.subtitle`)}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
