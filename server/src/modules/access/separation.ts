import { rolesInForce } from '../../platform/access/resolve.js';
import type { Db, Tx } from '../../platform/db/index.js';
import type { AdminKind } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';

/** A login account a grant reaches. */
interface Account {
  id: string;
  person_id: string | null;
}

export const adminSeparation = () => new AppError('ADMIN_SEPARATION', 409, 'access.adminSeparation');

/** Accounts of the active people holding a post, as main post or part-time post. */
async function holdersOf(db: Db | Tx, postId: string): Promise<Account[]> {
  return db
    .selectFrom('users')
    .innerJoin('people', 'people.id', 'users.person_id')
    .select(['users.id', 'users.person_id'])
    .where('people.status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('people.post_id', '=', postId),
        eb('people.id', 'in', eb.selectFrom('person_departments').select('person_id').where('post_id', '=', postId)),
      ]),
    )
    .execute();
}

/** Every account a grant to this grantee reaches. */
export async function accountsReached(db: Db | Tx, granteeType: 'user' | 'post', granteeId: string): Promise<Account[]> {
  if (granteeType === 'post') return holdersOf(db, granteeId);
  const user = await db.selectFrom('users').select(['id', 'person_id']).where('id', '=', granteeId).executeTakeFirst();
  return user ? [user] : [];
}

/**
 * 三员分立: refuses when any of the accounts, after also holding a role of `kind`, would hold roles of
 * two administrator kinds. `ignoreRoleId` leaves out the role being changed, whose kind is `kind` from now on.
 */
export async function assertSeparation(
  db: Db | Tx,
  accounts: Account[],
  kind: AdminKind | null,
  ignoreRoleId?: string,
): Promise<void> {
  if (!kind) return;
  for (const account of accounts) {
    const roles = await rolesInForce(db, account.id, account.person_id);
    if (roles.some((r) => r.id !== ignoreRoleId && r.admin_kind && r.admin_kind !== kind)) throw adminSeparation();
  }
}

/** Every account that currently holds a role, directly or through a post. */
export async function holdersOfRole(db: Db | Tx, roleId: string): Promise<Account[]> {
  const grants = await db.selectFrom('grants').select(['grantee_type', 'grantee_id']).where('role_id', '=', roleId).execute();
  const accounts = new Map<string, Account>();
  for (const g of grants) {
    for (const a of await accountsReached(db, g.grantee_type, g.grantee_id)) accounts.set(a.id, a);
  }
  return [...accounts.values()];
}
