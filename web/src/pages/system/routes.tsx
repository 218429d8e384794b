import { lazy } from 'react';
import { DashboardOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

export const routes: PageRoute[] = [
  {
    path: '/system/diagnostics',
    component: lazy(() => import('./DiagnosticsPage')),
    permission: 'system.diagnostics',
    menu: { group: 'system', labelKey: 'system.menu.diagnostics', icon: <DashboardOutlined />, order: 10 },
  },
];
