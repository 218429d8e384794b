import { lazy } from 'react';
import { SafetyOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

export const routes: PageRoute[] = [
  {
    path: '/me/security',
    component: lazy(() => import('./SecurityPage')),
    menu: { group: 'me', labelKey: 'me.menu.security', icon: <SafetyOutlined />, order: 10 },
  },
];
