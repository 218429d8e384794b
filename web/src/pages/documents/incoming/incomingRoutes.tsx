import { lazy } from 'react';
import { FormOutlined, MailOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../../app/pageRoute';
import './i18n';

/** 收文 (everyone's: the server decides what each person sees), 收文登记 (the registry clerk's), one 收文处理单. */
export const incomingRoutes: PageRoute[] = [
  {
    path: '/incoming',
    component: lazy(() => import('./list/IncomingPage')),
    menu: { group: 'incoming', labelKey: 'incoming.menu.list', icon: <MailOutlined />, order: 10 },
  },
  {
    path: '/incoming/new',
    component: lazy(() => import('./register/RegisterIncomingPage')),
    permission: 'document.registry',
    menu: { group: 'incoming', labelKey: 'incoming.menu.new', icon: <FormOutlined />, order: 20 },
  },
  { path: '/incoming/:id', component: lazy(() => import('./sheet/IncomingSheetPage')) },
];
