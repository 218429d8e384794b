import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Row types of every table. Times are ISO-8601 UTC strings, booleans 0/1, JSON columns text. */
export interface DepartmentTable {
  id: string;
  parent_id: string | null;
  /** Materialised path of ids, "/root/child/self/", so a subtree is one LIKE query. */
  path: string;
  name: string;
  code: string | null;
  sort_order: number;
  enabled: number;
  created_at: string;
  updated_at: string;
}

export interface PostTable {
  id: string;
  name: string;
  code: string;
  description: string;
  sort_order: number;
  enabled: number;
  created_at: string;
  updated_at: string;
}

export type Clearance = 'public' | 'internal' | 'secret' | 'confidential' | 'topSecret';

export interface PersonTable {
  id: string;
  name: string;
  employee_no: string;
  name_pinyin: string;
  name_initials: string;
  gender: string | null;
  department_id: string;
  post_id: string | null;
  phone: string;
  email: string;
  clearance: Clearance;
  status: 'active' | 'left';
  joined_on: string | null;
  left_on: string | null;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface PersonDepartmentTable {
  person_id: string;
  department_id: string;
  post_id: string | null;
}

export interface UserTable {
  id: string;
  person_id: string | null;
  username: string;
  display_name: string;
  password_hash: string;
  must_change_password: number;
  status: 'active' | 'disabled';
  failed_logins: number;
  locked_until: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled: number;
  locale: string;
  channels: string;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  password_changed_at: string | null;
}

export interface PasswordHistoryTable {
  id: string;
  user_id: string;
  password_hash: string;
  created_at: string;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  ip: string;
  user_agent: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  second_factor_at: string | null;
}

export interface LoginHistoryTable {
  id: string;
  user_id: string | null;
  username: string;
  at: string;
  ip: string;
  user_agent: string;
  outcome: string;
}

export type DataScope = 'self' | 'department' | 'departmentTree' | 'all';
export type AdminKind = 'system' | 'security' | 'audit';

export interface RoleTable {
  id: string;
  code: string;
  name: string;
  description: string;
  permissions: string;
  data_scope: DataScope;
  admin_kind: AdminKind | null;
  builtin: number;
  require_2fa: number;
  created_at: string;
  updated_at: string;
}

export interface GrantTable {
  id: string;
  role_id: string;
  grantee_type: 'user' | 'post';
  grantee_id: string;
  expires_at: string | null;
  granted_by: string | null;
  created_at: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  ip: string;
  user_agent: string;
  request_id: string;
  action: string;
  target_type: string;
  target_id: string;
  summary: string;
  outcome: 'success' | 'failure';
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface JobTable {
  id: string;
  kind: string;
  payload: string;
  run_at: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  unique_key: string | null;
  locked_by: string | null;
  locked_at: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface WorkspaceTable {
  user_id: string;
  widgets: string;
  updated_at: string;
}

export interface DB {
  departments: DepartmentTable;
  posts: PostTable;
  people: PersonTable;
  person_departments: PersonDepartmentTable;
  users: UserTable;
  password_history: PasswordHistoryTable;
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  login_history: LoginHistoryTable;
  roles: RoleTable;
  grants: GrantTable;
  audit_log: AuditLogTable;
  jobs: JobTable;
  settings: SettingTable;
  workspaces: WorkspaceTable;
}

export type Department = Selectable<DepartmentTable>;
export type Person = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;
export type User = Selectable<UserTable>;
export type Role = Selectable<RoleTable>;
export type Grant = Selectable<GrantTable>;
export type Session = Selectable<SessionTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type Job = Selectable<JobTable>;
