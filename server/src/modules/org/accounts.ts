import type { Config } from '../../config.js';
import type { Tx } from '../../platform/db/index.js';
import { insertLogin } from '../auth/accounts.js';

/** Creates the login of a person, to be changed at first login; returns the one-time initial password. */
export async function createAccount(tx: Tx, config: Config, person: { id: string; name: string }, username: string): Promise<{ userId: string; password: string }> {
  return insertLogin(tx, config, { personId: person.id, username, displayName: person.name });
}
