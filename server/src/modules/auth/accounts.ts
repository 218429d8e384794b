import { randomInt } from 'node:crypto';
import type { Config } from '../../config.js';
import type { Tx } from '../../platform/db/index.js';
import { conflict } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/util.js';
import { policyProblems, setPassword } from './password.js';

const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '@#%+=!?'];

/** A random initial password meeting the policy: every character class, at least 12 characters. */
export function initialPassword(username: string, policy: Config['password']): string {
  for (;;) {
    const length = Math.max(12, policy.minLength);
    const chars = CLASSES.map((c) => c[randomInt(c.length)]!);
    const all = CLASSES.join('');
    while (chars.length < length) chars.push(all[randomInt(all.length)]!);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (!policyProblems(password, username, policy).length) return password;
  }
}

/**
 * Creates a login (inside the caller's transaction). Without a password a random initial one is
 * made, to be changed at first login; a given password is checked against the policy all the same.
 */
export async function insertLogin(
  tx: Tx,
  config: Config,
  input: { personId: string | null; username: string; displayName: string; password?: string },
): Promise<{ userId: string; password: string }> {
  const taken = await tx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (taken) throw conflict('USERNAME_TAKEN', 'org.usernameTaken', { username: input.username });
  const password = input.password ?? initialPassword(input.username, config.password);
  const userId = newId();
  const now = nowIso();
  await tx
    .insertInto('users')
    .values({
      id: userId,
      person_id: input.personId,
      username: input.username,
      display_name: input.displayName,
      password_hash: '',
      must_change_password: 1,
      status: 'active',
      failed_logins: 0,
      totp_enabled: 0,
      locale: 'zh-CN',
      channels: '["inApp"]',
      created_at: now,
      updated_at: now,
    })
    .execute();
  await setPassword(tx, config, { id: userId, username: input.username }, password, { mustChange: input.password === undefined });
  return { userId, password };
}
