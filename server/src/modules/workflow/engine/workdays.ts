import { loadCalendar } from '../../../platform/calendar/index.js';
import type { Tx } from '../../../platform/db/index.js';
import type { FormField, SubmissionOptions } from '../forms/index.js';

const hasDateRange = (fields: readonly FormField[]): boolean =>
  fields.some((f) => f.type === 'dateRange' || (f.type === 'table' && hasDateRange(f.columns ?? [])));

/** Counts the workdays of a form's date ranges; the calendar is read only when the form has one. */
export async function workdayCounter(tx: Tx, fields: readonly FormField[]): Promise<SubmissionOptions['countWorkdays']> {
  if (!hasDateRange(fields)) {
    return () => {
      throw new Error('this form has no date range to count workdays for');
    };
  }
  const calendar = await loadCalendar(tx);
  return (start, end) => calendar.workdaysBetween(start, end);
}
