import { SummaryStats } from './SummaryStats';

/** 审计概况: today's audit records. */
export default function AuditSummaryWidget() {
  return <SummaryStats fields={['auditToday']} />;
}
