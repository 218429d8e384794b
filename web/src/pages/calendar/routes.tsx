import { lazy } from 'react';
import { CalendarOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

export const routes: PageRoute[] = [
  {
    path: '/system/calendar',
    component: lazy(() => import('./CalendarPage')),
    permission: 'calendar.manage',
    menu: { group: 'system', labelKey: 'calendar.menu', icon: <CalendarOutlined />, order: 20 },
  },
];
