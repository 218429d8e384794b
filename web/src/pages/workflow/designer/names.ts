import { useMemo } from 'react';
import { useRoles } from '../../access/queries';
import { usePosts } from '../../org/shared/queries';
import { useUsersByIds } from '../forms/api';
import { useDepartmentNames } from '../forms/DepartmentSelect';
import type { ResolveName } from './summary';
import { walk } from './tree';
import type { Step } from './types';

/** The user ids a flow refers to: named assignees and transfer targets. */
function userIdsOf(tree: Step): string[] {
  const ids = new Set<string>();
  walk(tree, (h, kind) => {
    if (kind !== 'step') return;
    const s = h as Step;
    if ((s.type === 'approval' || s.type === 'handle' || s.type === 'cc') && s.assignee.kind === 'users') s.assignee.userIds.forEach((id) => ids.add(id));
    if ((s.type === 'approval' || s.type === 'handle') && s.timeLimit?.transferToUserId) ids.add(s.timeLimit.transferToUserId);
  });
  return [...ids].sort();
}

/**
 * Names for the ids a flow's rules hold. Lists the person may not read (roles need role.manage,
 * posts org.read) simply leave those ids unnamed.
 */
export function useFlowNames(tree: Step): ResolveName {
  const userIds = useMemo(() => userIdsOf(tree), [tree]);
  const users = useUsersByIds(userIds);
  const roles = useRoles();
  const posts = usePosts();
  const departments = useDepartmentNames();
  return useMemo(() => {
    const names = new Map(departments);
    for (const u of users.data?.items ?? []) names.set(u.userId, u.name);
    for (const r of roles.data ?? []) names.set(r.id, r.name);
    for (const p of posts.data ?? []) names.set(p.id, p.name);
    return (id: string) => names.get(id);
  }, [departments, users.data, roles.data, posts.data]);
}
