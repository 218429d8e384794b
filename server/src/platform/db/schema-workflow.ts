/** Row types of the workflow engine's tables (migration 002 and later). */
export interface FlowDefinitionTable {
  id: string;
  key: string;
  name: string;
  category: string;
  description: string;
  enabled: number;
  admin_user_id: string | null;
  starters: string;
  draft_tree: string;
  draft_form: string;
  current_version: number;
  created_at: string;
  updated_at: string;
}

export interface FlowVersionTable {
  id: string;
  definition_id: string;
  version: number;
  tree: string;
  form: string;
  published_at: string;
  published_by: string | null;
}

export type InstanceStatus = 'draft' | 'running' | 'approved' | 'rejected' | 'withdrawn' | 'terminated' | 'suspended';

export interface FlowInstanceTable {
  id: string;
  definition_id: string;
  version_id: string;
  title: string;
  initiator_user_id: string;
  status: InstanceStatus;
  form_data: string;
  state: string;
  business_type: string | null;
  business_id: string | null;
  lock_version: number;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  updated_at: string;
}

export type TaskKind = 'start' | 'approval' | 'handle' | 'cc';
export type TaskStatus = 'pending' | 'queued' | 'done' | 'cancelled';

export interface FlowTaskTable {
  id: string;
  instance_id: string;
  step_id: string;
  step_name: string;
  kind: TaskKind;
  mode: string;
  assignee_user_id: string;
  on_behalf_of_user_id: string | null;
  status: TaskStatus;
  outcome: string | null;
  opinion: string;
  seq: number;
  round: number;
  wait_task_id: string | null;
  completes_step: number;
  due_at: string | null;
  overdue: number;
  urged_at: string | null;
  read_at: string | null;
  created_at: string;
  completed_at: string | null;
}

export interface FlowHistoryTable {
  id: string;
  instance_id: string;
  step_id: string;
  step_name: string;
  task_id: string | null;
  actor_user_id: string | null;
  actor_name: string;
  on_behalf_of_name: string | null;
  action: string;
  opinion: string;
  attachments: string;
  detail: string;
  at: string;
}

export interface FlowDelegationTable {
  id: string;
  user_id: string;
  delegate_user_id: string;
  starts_at: string;
  ends_at: string;
  definition_ids: string | null;
  created_at: string;
}

export interface FlowPhraseTable {
  id: string;
  user_id: string;
  text: string;
  sort_order: number;
  created_at: string;
}
