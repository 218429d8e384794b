import { lazy } from 'react';
import { BarChartOutlined, FileDoneOutlined, FlagOutlined, PlusCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

/**
 * 督办: 我的督办 (the owner's to-do), 督办事项 (what each person may see; everything for supervisors and
 * unit leaders), 立项 and 通报 (督查员), 考核 (leaders and heads; the server decides), one item's page.
 */
export const routes: PageRoute[] = [
  {
    path: '/supervision/mine',
    component: lazy(() => import('./list/MinePage')),
    menu: { group: 'supervision', labelKey: 'supervision.menu.mine', icon: <FlagOutlined />, order: 10 },
  },
  {
    path: '/supervision/items',
    component: lazy(() => import('./list/ItemsPage')),
    menu: { group: 'supervision', labelKey: 'supervision.menu.items', icon: <UnorderedListOutlined />, order: 20 },
  },
  {
    path: '/supervision/items/new',
    component: lazy(() => import('./new/NewItemPage')),
    permission: 'supervision.manage',
    menu: { group: 'supervision', labelKey: 'supervision.menu.new', icon: <PlusCircleOutlined />, order: 30 },
  },
  { path: '/supervision/items/:id', component: lazy(() => import('./item/ItemPage')) },
  {
    path: '/supervision/bulletin',
    component: lazy(() => import('./bulletin/BulletinPage')),
    permission: 'supervision.manage',
    menu: { group: 'supervision', labelKey: 'supervision.menu.bulletin', icon: <FileDoneOutlined />, order: 40 },
  },
  {
    path: '/supervision/board',
    component: lazy(() => import('./board/BoardPage')),
    // Supervisors, unit leaders and heads (org.read is how the last two show); the server decides.
    permission: ['supervision.manage', 'org.read'],
    menu: { group: 'supervision', labelKey: 'supervision.menu.board', icon: <BarChartOutlined />, order: 50 },
  },
];
