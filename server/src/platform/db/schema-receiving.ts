/** Row types of 收文, 传阅, need-to-know grants, approved terminals, attachments, and the archive's borrowing and disposal. */

/** What a registered incoming document (收文) adds to its row in `documents` (direction 'incoming'). */
export interface IncomingDocumentTable {
  document_id: string;
  /** 收文编号, e.g. 收〔2026〕12号: from the 文号 rule whose kinds are ["收文"]. */
  receipt_no: string;
  /** 来文单位 */
  source_unit: string;
  /** 来文文号; '' when the document has none (then no duplicate check). */
  source_doc_no: string;
  /** 收文日期, YYYY-MM-DD. */
  received_on: string;
  pages: number;
  /** Set when it arrived electronically from our own 分发 (the copy signed for). */
  distribution_id: string | null;
  registered_by: string;
  registered_at: string;
  /** 承办 department and its deadline (YYYY-MM-DD), set at 拟办 / 批示. */
  handling_department_id: string | null;
  deadline: string | null;
  /** 督办: followed with deadline reminders, escalation when overdue, and progress entries. */
  supervised: number;
  /** 办结 result. */
  result: string;
  concluded_by: string | null;
  concluded_at: string | null;
}

/** 督办 / 承办 progress entries on a document. */
export interface DocumentProgressTable {
  id: string;
  document_id: string;
  author_user_id: string;
  body: string;
  created_at: string;
}

/** 传阅: readers one after another ('sequential') or all at once ('parallel'). */
export interface CirculationTable {
  id: string;
  document_id: string;
  mode: 'sequential' | 'parallel';
  note: string;
  started_by: string;
  started_at: string;
  finished_at: string | null;
  /** The last 催阅: at most one an hour. */
  reminded_at: string | null;
}

/** 'waiting': a later reader of a sequential round; 'unread': it is with them; 'read': done. */
export type CirculationReaderStatus = 'waiting' | 'unread' | 'read';

export interface CirculationReaderTable {
  circulation_id: string;
  user_id: string;
  position: number;
  status: CirculationReaderStatus;
  delivered_at: string | null;
  read_at: string | null;
  opinion: string;
}

/** Need-to-know given to one person for one document: by the security officer, or by an approved 借阅. */
export interface DocumentGrantTable {
  id: string;
  document_id: string;
  user_id: string;
  source: 'grant' | 'borrow';
  reason: string;
  granted_by: string;
  granted_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

/** Address ranges (CIDR) from which 机密 and 绝密 documents may be opened. */
export interface ApprovedTerminalTable {
  id: string;
  name: string;
  cidr: string;
  active: number;
  created_by: string;
  created_at: string;
}

/** A document's attachments (附件) and scans (扫描件), each versioned within its group. */
export interface DocumentAttachmentTable {
  id: string;
  document_id: string;
  group_id: string;
  version: number;
  role: 'attachment' | 'scan';
  name: string;
  file_id: string;
  /** The text extracted for search (PDF, DOCX, plain text); '' when none. */
  text: string;
  uploaded_by: string;
  uploaded_at: string;
  removed_at: string | null;
}

/** 'withdrawn': the borrower withdrew the request's flow (or an administrator ended it) before a decision. */
export type BorrowingStatus = 'pending' | 'approved' | 'rejected' | 'returned' | 'expired' | 'withdrawn';

/** 借阅 of an archived (usually classified) record: requested, approved through a flow, time-limited. */
export interface ArchiveBorrowingTable {
  id: string;
  document_id: string;
  user_id: string;
  reason: string;
  days: number;
  status: BorrowingStatus;
  flow_instance_id: string | null;
  grant_id: string | null;
  requested_at: string;
  decided_at: string | null;
  due_at: string | null;
  returned_at: string | null;
}

export type DisposalStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'done';

/** 清退 (return to the issuer) or 销毁 (destruction) of a classified record, by approval; the record stays after the content is erased. */
export interface ArchiveDisposalTable {
  id: string;
  document_id: string;
  kind: 'return' | 'destroy';
  reason: string;
  status: DisposalStatus;
  flow_instance_id: string | null;
  requested_by: string;
  requested_at: string;
  executed_by: string | null;
  executed_at: string | null;
  /** JSON: what was erased — title, 文号, 密级, the files' SM3 digests — kept as the destruction record. */
  record: string;
}
