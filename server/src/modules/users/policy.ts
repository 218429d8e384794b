import { requireAny, type Caller } from '../access/index.js';
import { AppError } from '../../platform/errors.js';

/** Accounts are the system administrator's (系统管理员). */
export const mayManageUsers = (caller: Caller) => requireAny(caller, 'user.manage');
/** The account list is also the security officer's: they pick the accounts they grant roles to. */
export const mayListUsers = (caller: Caller) => requireAny(caller, 'user.manage', 'grant.manage');

/** Nobody disables their own account: the last administrator would lock everyone out. */
export function mayDisable(caller: Caller, userId: string): void {
  mayManageUsers(caller);
  if (caller !== 'system' && caller.userId === userId) throw new AppError('SELF_DISABLE', 409, 'user.selfDisable');
}
