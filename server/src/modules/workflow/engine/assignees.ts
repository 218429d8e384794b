import type { Db, Tx } from '../../../platform/db/index.js';
import type { Directory } from '../../../platform/directory.js';
import type { AssigneeRule } from '../definition/types.js';
import type { FormValues } from '../forms/types.js';

export interface AssigneeContext {
  db: Db | Tx;
  dir: Directory;
  initiatorUserId: string;
  form: FormValues;
  /** Chosen at start or by the previous handler, for this step. */
  chosen: string[];
}

/** Heads going up from the initiator's department, skipping the initiator and repeats, at most `max`. */
async function headsUp(a: AssigneeContext, max: number): Promise<string[]> {
  const initiator = await a.dir.user(a.db, a.initiatorUserId);
  const heads: string[] = [];
  let department = initiator?.departmentId ?? null;
  for (let guard = 0; department && heads.length < max && guard < 20; guard++) {
    const head = await a.dir.departmentHead(a.db, department);
    if (head && head !== a.initiatorUserId && !heads.includes(head)) heads.push(head);
    department = await a.dir.parentDepartment(a.db, department);
  }
  return heads;
}

async function ancestorsOfInitiator(a: AssigneeContext): Promise<string[]> {
  const initiator = await a.dir.user(a.db, a.initiatorUserId);
  const ids: string[] = [];
  for (let d = initiator?.departmentId ?? null; d && ids.length < 20; d = await a.dir.parentDepartment(a.db, d)) ids.push(d);
  return ids;
}

const asIds = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** The users a rule names, in order, without duplicates; inactive accounts dropped. */
export async function resolveAssignees(rule: AssigneeRule, a: AssigneeContext, fieldType?: string): Promise<string[]> {
  let users: string[];
  switch (rule.kind) {
    case 'users':
      users = rule.userIds;
      break;
    case 'role':
      users = await a.dir.usersWithRole(a.db, rule.roleId);
      break;
    case 'post':
      users = await a.dir.usersWithPost(a.db, rule.postId, rule.scope === 'initiatorDepartment' ? await ancestorsOfInitiator(a) : undefined);
      break;
    case 'head':
      users = (await headsUp(a, rule.level)).slice(rule.level - 1, rule.level);
      break;
    case 'headChain':
      users = await headsUp(a, rule.upTo);
      break;
    case 'departmentHead':
      users = [await a.dir.departmentHead(a.db, rule.departmentId)].filter((u): u is string => !!u);
      break;
    case 'initiatorChooses':
    case 'previousChooses':
      users = a.chosen;
      break;
    case 'initiator':
      users = [a.initiatorUserId];
      break;
    case 'formField': {
      const ids = asIds(a.form[rule.fieldId]);
      users =
        fieldType === 'department'
          ? (await Promise.all(ids.map((d) => a.dir.departmentHead(a.db, d)))).filter((u): u is string => !!u)
          : ids;
      break;
    }
  }
  const unique = [...new Set(users)];
  const active = await Promise.all(unique.map(async (u) => ((await a.dir.user(a.db, u)) ? u : null)));
  return active.filter((u): u is string => !!u);
}
