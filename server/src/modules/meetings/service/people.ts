import type { Db, Tx } from '../../../platform/db/index.js';
import type { MeetingClassification } from '../../../platform/db/schema-meetings.js';
import { invalid } from '../../../platform/errors.js';
import { t } from '../../../platform/i18n/index.js';
import { clearancesOf, clearedFor } from '../../../platform/access/clearance.js';

/** The active logins of the people of these departments (main or part-time), each with the department they came through. */
export async function membersOf(db: Db | Tx, departmentIds: readonly string[]): Promise<Map<string, string>> {
  if (!departmentIds.length) return new Map();
  const main = db
    .selectFrom('people')
    .select(['people.id as person_id', 'people.department_id'])
    .where('people.department_id', 'in', departmentIds)
    .where('people.status', '=', 'active');
  const partTime = db
    .selectFrom('person_departments')
    .innerJoin('people', 'people.id', 'person_departments.person_id')
    .select(['people.id as person_id', 'person_departments.department_id'])
    .where('person_departments.department_id', 'in', departmentIds)
    .where('people.status', '=', 'active');
  const rows = await db
    .selectFrom(main.union(partTime).as('m'))
    .innerJoin('users', 'users.person_id', 'm.person_id')
    .select(['users.id', 'm.department_id'])
    .where('users.status', '=', 'active')
    .execute();
  const members = new Map<string, string>();
  for (const r of rows) if (!members.has(r.id)) members.set(r.id, r.department_id);
  return members;
}

/** Everyone a meeting invites: the people named and the members of the departments named. */
export async function invitees(db: Db | Tx, input: { attendeeUserIds: string[]; observerUserIds: string[]; departmentIds: string[] }): Promise<string[]> {
  const members = await membersOf(db, input.departmentIds);
  return [...new Set([...input.attendeeUserIds, ...input.observerUserIds, ...members.keys()])];
}

/**
 * Refuses unknown or disabled logins, and anyone whose clearance is below the meeting's 密级 (a
 * 秘密 meeting cannot be attended by someone cleared only for 内部), naming them.
 */
export async function requireCleared(db: Db | Tx, userIds: readonly string[], level: MeetingClassification, field = 'attendeeUserIds'): Promise<void> {
  const unique = [...new Set(userIds)];
  const people = await clearancesOf(db, unique);
  if (unique.some((id) => !people.has(id))) throw invalid('MEETING_PERSON_UNKNOWN', 'error.validation', {}, { [field]: { key: 'meeting.personUnknown' } });
  const below = unique.filter((id) => !clearedFor(people.get(id)!.clearance, level)).map((id) => people.get(id)!.name);
  if (below.length) {
    throw invalid('MEETING_CLEARANCE_TOO_LOW', 'meeting.clearanceTooLow', { names: below.join('、'), level: t('zh-CN', `meeting.level.${level}`) }, {
      [field]: { key: 'meeting.clearanceTooLow', params: { names: below.join('、'), level: t('zh-CN', `meeting.level.${level}`) } },
    });
  }
}

/** Display names and e-mail addresses of logins, for lists and invitations. */
export async function contactsOf(db: Db | Tx, userIds: readonly string[]) {
  if (!userIds.length) return new Map<string, { name: string; email: string; departmentId: string | null }>();
  const rows = await db
    .selectFrom('users')
    .leftJoin('people', 'people.id', 'users.person_id')
    .select(['users.id', 'users.username', 'users.display_name', 'people.name', 'people.email', 'people.department_id'])
    .where('users.id', 'in', [...new Set(userIds)])
    .execute();
  return new Map(
    rows.map((r) => [r.id, { name: r.name ?? r.display_name, email: r.email || `${r.username}@users.invalid`, departmentId: r.department_id ?? null }]),
  );
}
