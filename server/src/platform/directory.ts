import type { Db, Tx } from './db/index.js';

/**
 * What the workflow engine needs to know about people and the organisation, without importing the
 * org module: the org module provides the implementation at start-up (provideDirectory).
 */
export interface Directory {
  /** The login's person and main department, or null for an unknown or disabled account. */
  user(db: Db | Tx, userId: string): Promise<{ userId: string; name: string; departmentId: string | null } | null>;
  /** Names of many users at once (for traces and lists). */
  names(db: Db | Tx, userIds: string[]): Promise<Map<string, string>>;
  /** The user who heads a department, or null. */
  departmentHead(db: Db | Tx, departmentId: string): Promise<string | null>;
  parentDepartment(db: Db | Tx, departmentId: string): Promise<string | null>;
  /** Active users holding a role (directly or through their post). */
  usersWithRole(db: Db | Tx, roleId: string): Promise<string[]>;
  /** Active users holding any role that carries this permission code (who handles a kind of request). */
  usersWithPermission(db: Db | Tx, permission: string): Promise<string[]>;
  /** Active users holding a post, optionally only in the given departments. */
  usersWithPost(db: Db | Tx, postId: string, departmentIds?: string[]): Promise<string[]>;
  /** Ids by code, for shipped templates that name posts and departments by their codes. */
  postIdByCode(db: Db | Tx, code: string): Promise<string | null>;
  departmentIdByCode(db: Db | Tx, code: string): Promise<string | null>;
  userIdByUsername(db: Db | Tx, username: string): Promise<string | null>;
  /** Display names of users, roles, posts and departments by id (for drawing a flow's rules). */
  labels(db: Db | Tx, ids: { users: string[]; roles: string[]; posts: string[]; departments: string[] }): Promise<Record<string, string>>;
}

let current: Directory | undefined;

export function provideDirectory(directory: Directory): void {
  current = directory;
}

export function directory(): Directory {
  if (!current) throw new Error('no directory provided: the org module must be registered');
  return current;
}
