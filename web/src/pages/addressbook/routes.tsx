import { lazy } from 'react';
import { ApartmentOutlined, ContactsOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

export const routes: PageRoute[] = [
  {
    path: '/addressbook',
    component: lazy(() => import('./AddressBookPage')),
    menu: { group: 'org', labelKey: 'addressbook.menu', icon: <ContactsOutlined />, order: 1 },
  },
  {
    path: '/org-chart',
    component: lazy(() => import('./OrgChartPage')),
    menu: { group: 'org', labelKey: 'orgchart.menu', icon: <ApartmentOutlined />, order: 2 },
  },
];
