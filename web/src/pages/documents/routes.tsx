import { lazy } from 'react';
import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

/** 公文: the 发文 list, 拟稿, and one document's 稿纸. The server decides what each person sees. */
export const routes: PageRoute[] = [
  {
    path: '/documents',
    component: lazy(() => import('./list/DocumentsPage')),
    menu: { group: 'documents', labelKey: 'documents.menu.list', icon: <FileTextOutlined />, order: 10 },
  },
  {
    path: '/documents/new',
    component: lazy(() => import('./new/NewDocumentPage')),
    menu: { group: 'documents', labelKey: 'documents.menu.new', icon: <EditOutlined />, order: 20 },
  },
  { path: '/documents/:id', component: lazy(() => import('./paper/DocumentPage')) },
];
