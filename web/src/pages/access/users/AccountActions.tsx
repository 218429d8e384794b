import { App, Button, Dropdown } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../../org/shared/feedback';
import { useShowInitialPassword } from '../../org/shared/InitialPassword';
import type { Account } from '../types';

type Action = 'reset-password' | 'unlock' | 'disable' | 'enable' | 'reset-totp';

/** Reset password, unlock, disable or enable, reset TOTP: each confirmed first. */
export function AccountActions({ account: a }: { account: Account }) {
  const t = useT();
  const { modal } = App.useApp();
  const showPassword = useShowInitialPassword();
  const run = useApiMutation(
    (action: Action) => post<{ initialPassword?: string }>(`/api/users/${a.id}/${action}`),
    ['users'],
    (reply) => {
      if (reply?.initialPassword) showPassword(a.username, reply.initialPassword);
    },
  );
  const actions: { key: Action; show: boolean; danger?: boolean }[] = [
    { key: 'reset-password', show: true },
    { key: 'unlock', show: a.locked },
    { key: 'reset-totp', show: a.totpEnabled },
    { key: 'disable', show: a.status === 'active', danger: true },
    { key: 'enable', show: a.status === 'disabled' },
  ];
  const confirm = (action: Action) =>
    modal.confirm({
      title: t(`access.user.action.${action}`),
      content: t(`access.user.confirm.${action}`, { name: a.displayName }),
      okText: t('admin.ok'),
      cancelText: t('admin.cancel'),
      okButtonProps: { danger: action === 'disable' },
      onOk: () => run.mutateAsync(action),
    });
  return (
    <Dropdown
      menu={{
        items: actions.filter((x) => x.show).map((x) => ({ key: x.key, danger: x.danger, label: t(`access.user.action.${x.key}`) })),
        onClick: ({ key }) => confirm(key as Action),
      }}
    >
      <Button type="link" size="small" icon={<MoreOutlined />}>
        {t('access.user.actions')}
      </Button>
    </Dropdown>
  );
}
