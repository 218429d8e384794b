import { Avatar, Button, Dropdown, Flex, Grid, Typography, type MenuProps } from 'antd';
import { GlobalOutlined, LogoutOutlined, MenuOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { put } from '../api/client';
import { useAuth, useMe } from './auth';
import { useI18n, type Locale } from './i18n';
import { NotificationBell } from '../components/notifications/NotificationBell';

const LOCALES: Locale[] = ['zh-CN', 'en'];

/** Top bar: product name, language switch, and the person's name and department with a menu. */
export function HeaderBar({ onOpenMenu }: { onOpenMenu?: () => void }) {
  const { t, locale, setLocale } = useI18n();
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const name = me.person?.name ?? me.user.displayName;
  const department = me.person?.departmentName ?? t('header.noDepartment');

  const switchLocale = (l: Locale) => {
    setLocale(l);
    put('/api/auth/profile', { locale: l }).catch(() => undefined);
  };
  const userMenu: MenuProps['items'] = [
    { key: 'security', icon: <SafetyOutlined />, label: t('header.security'), onClick: () => navigate('/me/security') },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: t('header.logout'),
      onClick: async () => {
        await logout();
        navigate('/login', { replace: true });
      },
    },
  ];

  return (
    <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={12}>
      <Flex align="center" gap={8}>
        {onOpenMenu && <Button type="text" icon={<MenuOutlined />} aria-label={t('menu.open')} onClick={onOpenMenu} />}
        <Typography.Title level={4} style={{ margin: 0, color: '#1677ff', letterSpacing: 2 }}>
          {t('app.name')}
        </Typography.Title>
        {screens.md && <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>}
      </Flex>
      <Flex align="center" gap={4}>
        <NotificationBell />
        <Dropdown
          menu={{
            items: LOCALES.map((l) => ({ key: l, label: t(`lang.${l}`) })),
            selectable: true,
            selectedKeys: [locale],
            onClick: ({ key }) => switchLocale(key as Locale),
          }}
        >
          <Button type="text" icon={<GlobalOutlined />} aria-label={t('header.language')}>
            {screens.sm && t(`lang.${locale}`)}
          </Button>
        </Dropdown>
        <Dropdown menu={{ items: userMenu }} placement="bottomRight">
          <Button type="text" style={{ height: 48, paddingInline: 8 }} data-testid="user-menu">
            <Flex align="center" gap={8}>
              <Avatar size="small" style={{ background: '#1677ff' }} icon={<UserOutlined />} />
              <Flex vertical align="start" style={{ lineHeight: 1.25 }}>
                <Typography.Text strong>{name}</Typography.Text>
                {screens.sm && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {department}
                  </Typography.Text>
                )}
              </Flex>
            </Flex>
          </Button>
        </Dropdown>
      </Flex>
    </Flex>
  );
}
