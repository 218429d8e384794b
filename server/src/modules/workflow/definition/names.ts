import type { Db, Tx } from '../../../platform/db/index.js';
import { directory } from '../../../platform/directory.js';
import type { Step } from './types.js';

/** Names of everyone and everything a flow's rules refer to, so anyone viewing the flow sees names, not ids. */
export async function flowNames(db: Db | Tx, root: Step): Promise<Record<string, string>> {
  const ids = { users: new Set<string>(), roles: new Set<string>(), posts: new Set<string>(), departments: new Set<string>() };
  const visit = (s: Step | null): void => {
    for (let cur = s; cur; cur = cur.next) {
      if (cur.type === 'approval' || cur.type === 'handle' || cur.type === 'cc') {
        const a = cur.assignee;
        if (a.kind === 'users') a.userIds.forEach((u) => ids.users.add(u));
        if (a.kind === 'role') ids.roles.add(a.roleId);
        if (a.kind === 'post') ids.posts.add(a.postId);
        if (a.kind === 'departmentHead') ids.departments.add(a.departmentId);
      }
      if ((cur.type === 'approval' || cur.type === 'handle') && cur.timeLimit?.transferToUserId) ids.users.add(cur.timeLimit.transferToUserId);
      if (cur.type === 'condition' || cur.type === 'parallel') cur.branches.forEach((b) => visit(b.next));
    }
  };
  visit(root);
  return directory().labels(db, { users: [...ids.users], roles: [...ids.roles], posts: [...ids.posts], departments: [...ids.departments] });
}
