import { lazy } from 'react';
import { AuditOutlined, FormOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

/** 审批: the inbox, starting a flow, one instance, my delegations. Everyone may use them; the server decides what they see. */
export const routes: PageRoute[] = [
  {
    path: '/workflow',
    component: lazy(() => import('./inbox/InboxPage')),
    menu: { group: 'workflow', labelKey: 'workflow.menu.inbox', icon: <AuditOutlined />, order: 10 },
  },
  {
    path: '/workflow/new',
    component: lazy(() => import('./start/StartPage')),
    menu: { group: 'workflow', labelKey: 'workflow.menu.start', icon: <FormOutlined />, order: 20 },
  },
  { path: '/workflow/new/:definitionId', component: lazy(() => import('./start/StartFormPage')) },
  { path: '/workflow/instances/:id', component: lazy(() => import('./instance/InstancePage')) },
  {
    path: '/workflow/delegations',
    component: lazy(() => import('./delegation/DelegationsPage')),
    menu: { group: 'workflow', labelKey: 'workflow.menu.delegations', icon: <UserSwitchOutlined />, order: 30 },
  },
];
