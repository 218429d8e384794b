import { App, Typography } from 'antd';
import { useT } from '../../../app/i18n';

/** Shows a new account's initial password once, in a modal the administrator dismisses. */
export function useShowInitialPassword() {
  const { modal } = App.useApp();
  const t = useT();
  return (username: string, password: string) =>
    modal.info({
      title: t('admin.initialPassword.title'),
      content: (
        <>
          <Typography.Paragraph>{t('admin.initialPassword.body', { username })}</Typography.Paragraph>
          <Typography.Paragraph copyable={{ text: password }} code strong style={{ fontSize: 18 }}>
            {password}
          </Typography.Paragraph>
        </>
      ),
      okText: t('admin.ok'),
    });
}
