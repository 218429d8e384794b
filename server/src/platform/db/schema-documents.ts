/** Row types of the official documents' tables: documents, seals, distribution, archive, search index and 文号. */
import type { Generated } from 'kysely';
import type { Clearance } from './schema.js';

export type DocumentDirection = 'outgoing' | 'incoming';
/** Outgoing: draft → reviewing → signed → numbered → sealed → distributed → archived (or withdrawn). Incoming: registered (拟办, 批示) → handling (承办) → concluded (办结) → archived. A disposed record becomes returned (清退) or destroyed (销毁). */
export type DocumentStatus = 'draft' | 'reviewing' | 'signed' | 'numbered' | 'sealed' | 'distributed' | 'archived' | 'withdrawn' | 'registered' | 'handling' | 'concluded' | 'returned' | 'destroyed';

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
  /** PostgreSQL only: the index tokens, without positions (SQLite keeps them in search_fts). */
  tsv?: string;
  /** PostgreSQL only: title, number and content as plainOfSections lines, for verifying phrases. */
  plain?: string;
  /** PostgreSQL only, generated from id: the id's bucket tokens (a, b, c levels), for newest-first search. */
  bkt?: Generated<string>;
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
