import { useEffect } from 'react';
import { Modal } from 'antd';
import { useBlocker } from 'react-router';
import { useT } from '../../../app/i18n';

/** Asks before leaving the page (in the app, or closing the tab) while there are unsaved changes. */
export function LeaveGuard({ dirty }: { dirty: boolean }) {
  const t = useT();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('flowadmin.leave.title')}
      okText={t('flowadmin.leave.ok')}
      okButtonProps={{ danger: true }}
      cancelText={t('flowadmin.leave.stay')}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {t('flowadmin.leave.body')}
    </Modal>
  );
}
