import { lazy } from 'react';
import { PartitionOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

export const routes: PageRoute[] = [
  {
    path: '/flows',
    component: lazy(() => import('./FlowListPage')),
    permission: 'workflow.design',
    menu: { group: 'workflow', labelKey: 'flowadmin.menu', icon: <PartitionOutlined />, order: 30 },
  },
  {
    path: '/flows/:id',
    component: lazy(() => import('./editor/FlowEditorPage')),
    permission: 'workflow.design',
  },
];
