import { lazy } from 'react';
import { HomeOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

export const routes: PageRoute[] = [
  {
    path: '/',
    component: lazy(() => import('./WorkspacePage')),
    menu: { group: 'home', labelKey: 'home.menu', icon: <HomeOutlined />, order: 0 },
  },
];
