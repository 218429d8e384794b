import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { FlowDefinitionTable, FlowVersionTable, FlowInstanceTable, FlowTaskTable, FlowHistoryTable, FlowDelegationTable, FlowPhraseTable } from './schema-workflow.js';
import type { DocumentTable, DocumentRevisionTable, DocumentAnnotationTable, ExternalUnitTable, SealTable, DocumentArchiveTable, DocumentDistributionTable, SearchEntryTable, SearchFtsTable, DocNumberRuleTable, DocNumberCounterTable, DocNumberTable } from './schema-documents.js';
import type { IncomingDocumentTable, DocumentProgressTable, CirculationTable, CirculationReaderTable, DocumentGrantTable, ApprovedTerminalTable, DocumentAttachmentTable, ArchiveBorrowingTable, ArchiveDisposalTable } from './schema-receiving.js';
import type { NotificationTables } from './schema-notifications.js';
import type { RoomTables } from './schema-rooms.js';
import type { MeetingTables } from './schema-meetings.js';
import type { ScheduleTables } from './schema-schedule.js';
import type { SupervisionTables } from './schema-supervision.js';

export type * from './schema-workflow.js';
export type * from './schema-documents.js';
export type * from './schema-receiving.js';

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

export interface IdempotencyKeyTable {
  key: string;
  user_id: string;
  route: string;
  status_code: number;
  response: string;
  created_at: string;
}

export interface FileTable {
  id: string;
  sha: string;
  name: string;
  size: number;
  mime: string;
  owner_user_id: string;
  created_at: string;
  /** 1: the blob is SM4-encrypted under the master key (files of classified documents). */
  encrypted: Generated<number>;
}

export interface FileLinkTable {
  file_id: string;
  target_type: string;
  target_id: string;
}

/** Every table; the modules added since 公文 keep their row types in schema-<module>.ts. */
export interface DB extends NotificationTables, RoomTables, MeetingTables, ScheduleTables, SupervisionTables {
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
  flow_definitions: FlowDefinitionTable;
  flow_versions: FlowVersionTable;
  flow_instances: FlowInstanceTable;
  flow_tasks: FlowTaskTable;
  flow_history: FlowHistoryTable;
  flow_delegations: FlowDelegationTable;
  flow_phrases: FlowPhraseTable;
  idempotency_keys: IdempotencyKeyTable;
  files: FileTable;
  file_links: FileLinkTable;
  search_entries: SearchEntryTable;
  search_fts: SearchFtsTable;
  doc_number_rules: DocNumberRuleTable;
  doc_number_counters: DocNumberCounterTable;
  doc_numbers: DocNumberTable;
  documents: DocumentTable;
  document_revisions: DocumentRevisionTable;
  document_annotations: DocumentAnnotationTable;
  external_units: ExternalUnitTable;
  document_distributions: DocumentDistributionTable;
  seals: SealTable;
  document_archives: DocumentArchiveTable;
  incoming_documents: IncomingDocumentTable;
  document_progress: DocumentProgressTable;
  circulations: CirculationTable;
  circulation_readers: CirculationReaderTable;
  document_grants: DocumentGrantTable;
  approved_terminals: ApprovedTerminalTable;
  document_attachments: DocumentAttachmentTable;
  archive_borrowings: ArchiveBorrowingTable;
  archive_disposals: ArchiveDisposalTable;
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
export type FlowInstance = Selectable<FlowInstanceTable>;
export type FlowTask = Selectable<FlowTaskTable>;
export type FlowDefinition = Selectable<FlowDefinitionTable>;
export type Document = Selectable<DocumentTable>;
