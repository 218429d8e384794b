import { lazy } from 'react';
import { ApartmentOutlined, IdcardOutlined, TeamOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

export const routes: PageRoute[] = [
  {
    path: '/org/people',
    component: lazy(() => import('./people/PeoplePage')),
    permission: 'org.read',
    menu: { group: 'org', labelKey: 'org.menu.people', icon: <TeamOutlined />, order: 10 },
  },
  {
    path: '/org/departments',
    component: lazy(() => import('./departments/DepartmentsPage')),
    permission: 'org.read',
    menu: { group: 'org', labelKey: 'org.menu.departments', icon: <ApartmentOutlined />, order: 20 },
  },
  {
    path: '/org/posts',
    component: lazy(() => import('./posts/PostsPage')),
    permission: 'org.read',
    menu: { group: 'org', labelKey: 'org.menu.posts', icon: <IdcardOutlined />, order: 30 },
  },
];
