import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FlagOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  UserOutlined,
} from '@ant-design/icons';

export interface WidgetDef {
  titleKey: string;
  icon: ReactNode;
  component: LazyExoticComponent<ComponentType>;
}

/**
 * Workspace widgets by id (the ids the server lists in GET /api/workspace). A module adds its widget
 * with one entry here; the server decides who may add it.
 */
export const widgetRegistry: Record<string, WidgetDef> = {
  profile: { titleKey: 'widget.profile', icon: <UserOutlined />, component: lazy(() => import('./ProfileWidget')) },
  workflowTodo: { titleKey: 'workflow.widget.todo', icon: <AuditOutlined />, component: lazy(() => import('../../workflow/inbox/TodoWidget')) },
  quickLinks: { titleKey: 'widget.quickLinks', icon: <AppstoreOutlined />, component: lazy(() => import('./QuickLinksWidget')) },
  addressBook: { titleKey: 'widget.addressBook', icon: <BookOutlined />, component: lazy(() => import('./AddressBookWidget')) },
  loginSecurity: { titleKey: 'widget.loginSecurity', icon: <SafetyOutlined />, component: lazy(() => import('./LoginSecurityWidget')) },
  meetingsUpcoming: { titleKey: 'meetings.widget.upcoming', icon: <CalendarOutlined />, component: lazy(() => import('../../meetings/widget/UpcomingWidget')) },
  supervisionMine: { titleKey: 'supervision.widget.mine', icon: <FlagOutlined />, component: lazy(() => import('../../supervision/widget/MineWidget')) },
  scheduleToday: { titleKey: 'schedule.widget.today', icon: <ScheduleOutlined />, component: lazy(() => import('../../schedule/widget/TodayWidget')) },
  orgOverview: { titleKey: 'widget.orgOverview', icon: <ApartmentOutlined />, component: lazy(() => import('./OrgOverviewWidget')) },
  auditSummary: { titleKey: 'widget.auditSummary', icon: <AuditOutlined />, component: lazy(() => import('./AuditSummaryWidget')) },
  systemStatus: { titleKey: 'widget.systemStatus', icon: <DashboardOutlined />, component: lazy(() => import('./SystemStatusWidget')) },
};

export const isKnownWidget = (id: string): boolean => Object.hasOwn(widgetRegistry, id);
