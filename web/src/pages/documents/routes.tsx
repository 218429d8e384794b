import { lazy } from 'react';
import { BankOutlined, BookOutlined, EditOutlined, FileProtectOutlined, FileSearchOutlined, FileTextOutlined, InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import { incomingRoutes } from './incoming/incomingRoutes';
import { circulationRoutes } from './circulation/circulationRoutes';
import { archiveRoutes } from './archive/archiveRoutes';
import './i18n';

/**
 * 公文: the 发文 list, 拟稿, 公文检索, one document's 稿纸, 收文签收, 发文登记簿 and 外单位 (the registry
 * clerk's), 电子印章 (the security administrator's) and 签章核验. The server decides what each person sees.
 */
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
  {
    path: '/documents/search',
    component: lazy(() => import('./search/SearchPage')),
    menu: { group: 'documents', labelKey: 'documents.menu.search', icon: <FileSearchOutlined />, order: 25 },
  },
  {
    path: '/documents/receipts',
    component: lazy(() => import('./receipts/ReceiptsPage')),
    permission: 'document.registry',
    menu: { group: 'incoming', labelKey: 'documents.menu.receipts', icon: <InboxOutlined />, order: 30 },
  },
  {
    path: '/documents/register',
    component: lazy(() => import('./register/RegisterPage')),
    permission: 'document.registry',
    menu: { group: 'documents', labelKey: 'documents.menu.register', icon: <BookOutlined />, order: 35 },
  },
  {
    path: '/documents/units',
    component: lazy(() => import('./units/ExternalUnitsPage')),
    permission: 'document.registry',
    menu: { group: 'documents', labelKey: 'documents.menu.units', icon: <BankOutlined />, order: 40 },
  },
  {
    path: '/documents/seals',
    component: lazy(() => import('./seals/SealsPage')),
    permission: 'seal.manage',
    menu: { group: 'documents', labelKey: 'documents.menu.seals', icon: <SafetyCertificateOutlined />, order: 50 },
  },
  {
    path: '/documents/verify',
    component: lazy(() => import('./verify/VerifyPage')),
    menu: { group: 'documents', labelKey: 'documents.menu.verify', icon: <FileProtectOutlined />, order: 60 },
  },
  ...incomingRoutes,
  ...circulationRoutes,
  ...archiveRoutes,
  { path: '/documents/:id', component: lazy(() => import('./paper/DocumentPage')) },
];
