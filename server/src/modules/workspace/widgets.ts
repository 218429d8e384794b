import type { Permission } from '../../platform/access/permissions.js';

export interface Widget {
  id: string;
  /** Key of the title in the web app's catalogue. */
  titleKey: string;
  /** Shown only to those who hold this permission. */
  permission?: Permission;
  /** On a new workspace until the person arranges their own. */
  byDefault?: boolean;
}

/** Every workspace widget. Later modules plug theirs in by adding entries here. */
export const WIDGETS: Widget[] = [
  { id: 'profile', titleKey: 'widget.profile', byDefault: true },
  { id: 'workflowTodo', titleKey: 'workflow.widget.todo', byDefault: true },
  { id: 'quickLinks', titleKey: 'widget.quickLinks', byDefault: true },
  { id: 'addressBook', titleKey: 'widget.addressBook', byDefault: true },
  { id: 'loginSecurity', titleKey: 'widget.loginSecurity', byDefault: true },
  { id: 'meetingsUpcoming', titleKey: 'meetings.widget.upcoming', byDefault: true },
  { id: 'supervisionMine', titleKey: 'supervision.widget.mine', byDefault: true },
  { id: 'scheduleToday', titleKey: 'schedule.widget.today', byDefault: true },
  { id: 'orgOverview', titleKey: 'widget.orgOverview', permission: 'org.read', byDefault: true },
  { id: 'auditSummary', titleKey: 'widget.auditSummary', permission: 'audit.read', byDefault: true },
  { id: 'systemStatus', titleKey: 'widget.systemStatus', permission: 'system.diagnostics', byDefault: true },
];
