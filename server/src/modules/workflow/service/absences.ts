import type { Db, Tx } from '../../../platform/db/index.js';
import { parseJson } from '../../../platform/util.js';

/** The shipped flows whose approval takes the person away: 请假 and 出差 (their form's `period`). */
export const ABSENCE_FLOWS = ['leave', 'businessTrip'] as const;
export type AbsenceKind = (typeof ABSENCE_FLOWS)[number];

export interface Absence {
  instanceId: string;
  userId: string;
  kind: AbsenceKind;
  title: string;
  /** YYYY-MM-DD, both included. */
  startDate: string;
  endDate: string;
}

/** Approved leave and trips of these people that overlap the dates [fromDate, toDate]: for calendars and meeting clash checks (read only). */
export async function approvedAbsences(db: Db | Tx, userIds: string[], fromDate: string, toDate: string): Promise<Absence[]> {
  if (!userIds.length) return [];
  const rows = await db
    .selectFrom('flow_instances')
    .innerJoin('flow_definitions', 'flow_definitions.id', 'flow_instances.definition_id')
    .select(['flow_instances.id', 'flow_instances.initiator_user_id', 'flow_instances.title', 'flow_instances.form_data', 'flow_definitions.key'])
    .where('flow_definitions.key', 'in', [...ABSENCE_FLOWS])
    .where('flow_instances.status', '=', 'approved')
    .where('flow_instances.initiator_user_id', 'in', userIds)
    .execute();
  return rows.flatMap((r) => {
    const period = parseJson<{ period?: { start?: string; end?: string } }>(r.form_data, {}).period;
    if (!period?.start || !period.end || period.end < fromDate || period.start > toDate) return [];
    return [{ instanceId: r.id, userId: r.initiator_user_id, kind: r.key as AbsenceKind, title: r.title, startDate: period.start, endDate: period.end }];
  });
}
