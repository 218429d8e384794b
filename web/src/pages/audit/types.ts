export interface AuditRecord {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  ip: string;
  userAgent: string;
  requestId: string;
  action: string;
  targetType: string;
  targetId: string;
  summary: string;
  outcome: 'success' | 'failure';
  detail: unknown;
}

export interface AuditFilterValues {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  outcome?: 'success' | 'failure';
  from?: string;
  to?: string;
}
