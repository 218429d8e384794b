import { SummaryStats } from './SummaryStats';

/** 系统状态: jobs waiting to run. */
export default function SystemStatusWidget() {
  return <SummaryStats fields={['jobsPending']} />;
}
