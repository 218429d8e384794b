import { randomInt } from 'node:crypto';
import type { Config } from '../../config.js';
import type { Tx } from '../../platform/db/index.js';
import { conflict } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/util.js';
import { hashPassword, policyProblems } from '../auth/password.js';

const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '@#%&*+-=?'];

/** A random password with every character class, long enough for the policy. */
export function initialPassword(config: Config, username: string): string {
  const length = Math.max(12, config.password.minLength);
  for (;;) {
    const chars = CLASSES.map((set) => set[randomInt(set.length)]!);
    const all = CLASSES.join('');
    while (chars.length < length) chars.push(all[randomInt(all.length)]!);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (!policyProblems(password, username, config.password).length) return password;
  }
}

/** Creates the login of a person, to be changed at first login; returns the one-time initial password. */
export async function createAccount(tx: Tx, config: Config, person: { id: string; name: string }, username: string): Promise<{ userId: string; password: string }> {
  const taken = await tx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (taken) throw conflict('USERNAME_TAKEN', 'org.usernameTaken', { username });
  const password = initialPassword(config, username);
  const passwordHash = await hashPassword(password);
  const now = nowIso();
  const userId = newId();
  await tx
    .insertInto('users')
    .values({
      id: userId,
      person_id: person.id,
      username,
      display_name: person.name,
      password_hash: passwordHash,
      must_change_password: 1,
      status: 'active',
      failed_logins: 0,
      totp_enabled: 0,
      locale: 'zh-CN',
      channels: '["inApp"]',
      created_at: now,
      updated_at: now,
      password_changed_at: now,
    })
    .execute();
  await tx.insertInto('password_history').values({ id: newId(), user_id: userId, password_hash: passwordHash, created_at: now }).execute();
  return { userId, password };
}
