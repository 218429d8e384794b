import { lazy } from 'react';
import { KeyOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

export const routes: PageRoute[] = [
  {
    path: '/access/users',
    component: lazy(() => import('./users/UsersPage')),
    permission: 'user.manage',
    menu: { group: 'access', labelKey: 'access.menu.users', icon: <UserOutlined />, order: 10 },
  },
  {
    path: '/access/roles',
    component: lazy(() => import('./roles/RolesPage')),
    permission: 'role.manage',
    menu: { group: 'access', labelKey: 'access.menu.roles', icon: <SafetyCertificateOutlined />, order: 20 },
  },
  {
    path: '/access/grants',
    component: lazy(() => import('./grants/GrantsPage')),
    permission: 'grant.manage',
    menu: { group: 'access', labelKey: 'access.menu.grants', icon: <KeyOutlined />, order: 30 },
  },
];
