import { lazy } from 'react';
import { BellOutlined, NotificationOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import '../../components/notifications/i18n';

/** 消息中心 for everyone; the channel settings and delivery log for the system administrator. */
export const routes: PageRoute[] = [
  {
    path: '/me/notifications',
    component: lazy(() => import('./NoticesPage')),
    menu: { group: 'me', labelKey: 'notices.title', icon: <BellOutlined />, order: 5 },
  },
  {
    path: '/system/notifications',
    component: lazy(() => import('./admin/ChannelsAdminPage')),
    permission: ['system.settings', 'system.diagnostics'],
    menu: { group: 'system', labelKey: 'notices.admin.menu', icon: <NotificationOutlined />, order: 20 },
  },
];
