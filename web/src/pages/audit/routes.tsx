import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

export const routes: PageRoute[] = [
  {
    path: '/audit',
    component: lazy(() => import('./AuditPage')),
    permission: 'audit.read',
    menu: { group: 'audit', labelKey: 'audit.menu', icon: <AuditOutlined />, order: 10 },
  },
];
