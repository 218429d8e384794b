import { SummaryStats } from './SummaryStats';

/** 组织概况: the number of people and departments. */
export default function OrgOverviewWidget() {
  return <SummaryStats fields={['people', 'departments']} />;
}
