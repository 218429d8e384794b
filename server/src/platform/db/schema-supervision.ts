/** Row types of 督办 (supervision items, progress, 通报, 整改, 考核). */

export type SupervisionSource = 'instruction' | 'meeting' | 'incoming' | 'manual';
/** 督办事项, or 整改 (a rectification item with its own deadline, optionally under an item). */
export type SupervisionKind = 'item' | 'rectification';
/** 进行中, 逾期 (set by the hourly sweep), 已办结, 已撤销 (an incoming document no longer followed). */
export type SupervisionStatus = 'open' | 'overdue' | 'concluded' | 'cancelled';
/** 进展报送: none, weekly, or every N workdays. */
export type ReportSchedule = 'none' | 'weekly' | 'workdays';

export interface SupervisionItemTable {
  id: string;
  kind: SupervisionKind;
  parent_id: string | null;
  source: SupervisionSource;
  /** The meeting decision's or incoming document's id; '' for items entered by hand. */
  source_id: string;
  source_link: string;
  title: string;
  content: string;
  lead_department_id: string;
  owner_user_id: string;
  /** YYYY-MM-DD (unit time zone); moved by an approved extension. */
  deadline: string;
  original_deadline: string;
  status: SupervisionStatus;
  /** Last reported percentage (0–100). */
  progress: number;
  report_schedule: ReportSchedule;
  report_interval: number;
  /** YYYY-MM-DD by which the next progress report is expected; null without a schedule. */
  next_report_due: string | null;
  /** The due date the owner was last asked to report for (one request per due date). */
  report_requested_for: string | null;
  missed_reports: number;
  last_urged_at: string | null;
  escalated_at: string | null;
  /** The deadline the owner was last reminded of, the workday before (a moved deadline is reminded again). */
  deadline_reminded_for: string | null;
  result: string;
  /** The owner's 办结 waiting for the supervisor's confirmation. */
  conclusion_requested_at: string | null;
  concluded_on: string | null;
  concluded_at: string | null;
  concluded_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SupervisionCoDepartmentTable {
  item_id: string;
  department_id: string;
}

export interface SupervisionMilestoneTable {
  id: string;
  item_id: string;
  position: number;
  title: string;
  due_on: string;
  done_at: string | null;
}

/** The item's timeline: reports, urges, escalations, extension and conclusion steps. */
export interface SupervisionEventTable {
  id: string;
  item_id: string;
  kind: string;
  actor_user_id: string | null;
  body: string;
  percent: number | null;
  /** JSON array of attached files' ids (a progress report's). */
  file_ids: string;
  created_at: string;
}

export type ExtensionStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface SupervisionExtensionTable {
  id: string;
  item_id: string;
  requested_by: string;
  old_deadline: string;
  new_deadline: string;
  reason: string;
  status: ExtensionStatus;
  flow_instance_id: string | null;
  requested_at: string;
  decided_at: string | null;
}

export interface SupervisionBulletinTable {
  id: string;
  /** 2026-11 or 2026-Q4 */
  period: string;
  from_date: string;
  to_date: string;
  concluded: number;
  overdue: number;
  created_by: string;
  created_at: string;
}

export interface SupervisionTables {
  supervision_items: SupervisionItemTable;
  supervision_co_departments: SupervisionCoDepartmentTable;
  supervision_milestones: SupervisionMilestoneTable;
  supervision_events: SupervisionEventTable;
  supervision_extensions: SupervisionExtensionTable;
  supervision_bulletins: SupervisionBulletinTable;
}
