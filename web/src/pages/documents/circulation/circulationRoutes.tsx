import { lazy } from 'react';
import { CheckSquareOutlined, DesktopOutlined, KeyOutlined, ShareAltOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../../app/pageRoute';
import './strings';
import '../security/strings';

/** 传阅给我 and 我发起的传阅 (everyone's); 知悉范围授权 and 涉密终端 (the security officer's). */
export const circulationRoutes: PageRoute[] = [
  {
    path: '/circulations',
    component: lazy(() => import('./InboxPage')),
    menu: { group: 'circulation', labelKey: 'circulation.menu.inbox', icon: <CheckSquareOutlined />, order: 10 },
  },
  {
    path: '/circulations/started',
    component: lazy(() => import('./StartedPage')),
    menu: { group: 'circulation', labelKey: 'circulation.menu.started', icon: <ShareAltOutlined />, order: 20 },
  },
  {
    path: '/documents/grants',
    component: lazy(() => import('../security/GrantsPage')),
    permission: 'document.security',
    menu: { group: 'documents', labelKey: 'security.menu.grants', icon: <KeyOutlined />, order: 55 },
  },
  {
    path: '/documents/terminals',
    component: lazy(() => import('../security/TerminalsPage')),
    permission: 'document.security',
    menu: { group: 'documents', labelKey: 'security.menu.terminals', icon: <DesktopOutlined />, order: 56 },
  },
];
