import { lazy } from 'react';
import { AuditOutlined, CalendarOutlined, ProfileOutlined, SettingOutlined, ToolOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

/** 会议室: the availability grid and booking, 我的预订, and the room administrator's pages. */
export const routes: PageRoute[] = [
  {
    path: '/rooms',
    component: lazy(() => import('./AvailabilityPage')),
    menu: { group: 'rooms', labelKey: 'rooms.menu.grid', icon: <CalendarOutlined />, order: 10 },
  },
  {
    path: '/rooms/mine',
    component: lazy(() => import('./MyBookingsPage')),
    menu: { group: 'rooms', labelKey: 'rooms.menu.mine', icon: <ProfileOutlined />, order: 20 },
  },
  {
    path: '/rooms/manage',
    component: lazy(() => import('./manage/RoomsAdminPage')),
    permission: 'room.manage',
    menu: { group: 'rooms', labelKey: 'rooms.menu.manage', icon: <SettingOutlined />, order: 30 },
  },
  {
    path: '/rooms/manage/approvals',
    component: lazy(() => import('./manage/ApprovalsPage')),
    permission: 'room.manage',
    menu: { group: 'rooms', labelKey: 'rooms.menu.approvals', icon: <AuditOutlined />, order: 40 },
  },
  {
    path: '/rooms/manage/adjustments',
    component: lazy(() => import('./manage/AdjustmentsPage')),
    permission: 'room.manage',
    menu: { group: 'rooms', labelKey: 'rooms.menu.adjustments', icon: <ToolOutlined />, order: 50 },
  },
];
