import { lazy } from 'react';
import { AuditOutlined, DeleteOutlined, FileSearchOutlined, ReadOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../../app/pageRoute';
import './i18n';

/** 档案: 档案检索 and 我的借阅 for everyone; 借阅登记 and 清退与销毁 for the archivist. */
export const archiveRoutes: PageRoute[] = [
  {
    path: '/archive',
    component: lazy(() => import('./ArchiveSearchPage')),
    menu: { group: 'archive', labelKey: 'archive.menu.search', icon: <FileSearchOutlined />, order: 10 },
  },
  {
    path: '/archive/borrowings',
    component: lazy(() => import('./MyBorrowingsPage')),
    menu: { group: 'archive', labelKey: 'archive.menu.mine', icon: <ReadOutlined />, order: 20 },
  },
  {
    path: '/archive/register',
    component: lazy(() => import('./BorrowRegisterPage')),
    permission: 'document.archive',
    menu: { group: 'archive', labelKey: 'archive.menu.register', icon: <AuditOutlined />, order: 30 },
  },
  {
    path: '/archive/disposals',
    component: lazy(() => import('./DisposalsPage')),
    permission: 'document.archive',
    menu: { group: 'archive', labelKey: 'archive.menu.disposals', icon: <DeleteOutlined />, order: 40 },
  },
];
