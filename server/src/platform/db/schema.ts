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

export type DocumentDirection = 'outgoing' | 'incoming';
export type DocumentStatus = 'draft' | 'reviewing' | 'signed' | 'numbered' | 'sealed' | 'distributed' | 'archived' | 'withdrawn';

export interface DocumentTable {
  id: string;
  direction: DocumentDirection;
  kind: string;
  title: string;
  main_to: string;
  /** JSON array of names. */
  copy_to: string;
  secret_level: Clearance;
  secret_term: string;
  urgency: string;
  drafter_user_id: string;
  drafter_department_id: string;
  phone: string;
  /** JSON array of department ids. */
  countersign_department_ids: string;
  countersign_mode: 'parallel' | 'serial';
  copies: number;
  issuer: string;
  note: string;
  body_html: string;
  revision: number;
  number_rule_id: string | null;
  doc_no: string | null;
  signer_user_id: string | null;
  signed_at: string | null;
  sign_opinion: string | null;
  issue_date: string | null;
  flow_instance_id: string | null;
  status: DocumentStatus;
  formal_pdf_file_id: string | null;
  formal_docx_file_id: string | null;
  seal_id: string | null;
  sealed_at: string | null;
  distributed_at: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentRevisionTable {
  id: string;
  document_id: string;
  revision: number;
  title: string;
  body_html: string;
  author_user_id: string;
  step_name: string;
  created_at: string;
}

export interface DocumentAnnotationTable {
  id: string;
  document_id: string;
  parent_id: string | null;
  revision: number;
  block: number;
  start_offset: number;
  end_offset: number;
  quote: string;
  body: string;
  author_user_id: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

export interface ExternalUnitTable {
  id: string;
  name: string;
  email: string;
  contact: string;
  phone: string;
  created_at: string;
}

export interface SealTable {
  id: string;
  name: string;
  unit: string;
  kind: 'generated' | 'image';
  /** JSON: the generated seal's texts. */
  spec: string;
  image_file_id: string | null;
  /** SM2 public key, hex (04 || x || y). */
  public_key: string;
  /** SM2 private key, SM4-encrypted under the master key (which is never in the database). */
  private_key: string;
  active: number;
  created_by: string;
  created_at: string;
}

export type Retention = '永久' | '30年' | '10年';

export interface DocumentArchiveTable {
  document_id: string;
  year: number;
  doc_no: string;
  title: string;
  retention: Retention;
  secret_level: Clearance;
  /** JSON array of words. */
  keywords: string;
  package_file_id: string;
  archivist_user_id: string;
  archived_at: string;
}

export type DistributionStatus = 'sent' | 'signed' | 'recalled';

export interface DocumentDistributionTable {
  id: string;
  document_id: string;
  department_id: string | null;
  external_unit_id: string | null;
  channel: 'system' | 'email' | 'paper';
  status: DistributionStatus;
  token: string;
  sent_by: string;
  sent_at: string;
  reminded_at: string | null;
  signed_by: string | null;
  signed_at: string | null;
  recalled_at: string | null;
}

export interface SearchEntryTable {
  /** The rowid of search_fts on SQLite. */
  id: Generated<number>;
  kind: string;
  owner_id: string;
  title: string;
  /** The title's words as Intl.Segmenter cuts them, space-separated, for ranking. */
  title_words: string;
  number: string;
  /** Body and attachment text, for snippets. */
  content: string;
  year: number | null;
  category: string;
  classification: Clearance;
  unit: string;
  status: string;
  updated_at: string;
  /** PostgreSQL only: the index tokens (SQLite keeps them in search_fts). */
  tsv?: string;
}

/** SQLite only: contentless FTS5 table of space-separated tokens, rowid = search_entries.id. */
export interface SearchFtsTable {
  rowid: number;
  title: string;
  number: string;
  body: string;
}

export interface DocNumberRuleTable {
  id: string;
  /** 机关代字, e.g. 示政办发. */
  code: string;
  name: string;
  /** JSON array of the document kinds the rule numbers. */
  kinds: string;
  /** With {code}, {year} and {seq}, e.g. {code}〔{year}〕{seq}号. */
  template: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface DocNumberCounterTable {
  rule_id: string;
  year: number;
  next_seq: number;
}

export type DocNumberStatus = 'used' | 'reserved' | 'voided';

/** The 发文登记簿: every number ever taken, and its fate. */
export interface DocNumberTable {
  id: string;
  rule_id: string;
  year: number;
  seq: number;
  number: string;
  status: DocNumberStatus;
  document_id: string | null;
  /** Why it was reserved or voided. */
  reason: string;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
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
