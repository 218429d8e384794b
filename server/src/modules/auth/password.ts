import { hash, verify } from '@node-rs/argon2';
import type { Config } from '../../config.js';
import type { Tx } from '../../platform/db/index.js';
import { invalid } from '../../platform/errors.js';
import type { MessageKey, Params } from '../../platform/i18n/index.js';
import { newId, nowIso } from '../../platform/util.js';

export const hashPassword = (password: string) => hash(password, { algorithm: 2 /* Argon2id */ });
export const verifyPassword = (passwordHash: string, password: string) =>
  verify(passwordHash, password).catch(() => false);

/** A hash to verify against when the username is unknown, so both cases take the same time. */
let dummyHash: Promise<string> | undefined;
export const dummyVerify = (password: string) => {
  dummyHash ??= hashPassword('dummy-password-for-timing');
  return dummyHash.then((h) => verifyPassword(h, password));
};

export function policyProblems(password: string, username: string, policy: Config['password']): { key: MessageKey; params?: Params }[] {
  const problems: { key: MessageKey; params?: Params }[] = [];
  if ([...password].length < policy.minLength) problems.push({ key: 'password.tooShort', params: { min: policy.minLength } });
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.minClasses) problems.push({ key: 'password.classes', params: { min: policy.minClasses } });
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    problems.push({ key: 'password.containsUsername' });
  return problems;
}

/**
 * Sets a new password after checking the policy and the last N passwords; keeps the history.
 * `mustChange` is true after an administrator's reset, so the person picks their own next.
 */
export async function setPassword(
  tx: Tx,
  config: Config,
  user: { id: string; username: string },
  password: string,
  opts: { mustChange: boolean; checkPolicy?: boolean },
): Promise<void> {
  if (opts.checkPolicy !== false) {
    const problems = policyProblems(password, user.username, config.password);
    if (problems.length) {
      throw invalid('PASSWORD_POLICY', problems[0]!.key, problems[0]!.params, { newPassword: problems[0]! });
    }
    const recent = await tx
      .selectFrom('password_history')
      .select('password_hash')
      .where('user_id', '=', user.id)
      .orderBy('created_at', 'desc')
      .limit(config.password.history)
      .execute();
    for (const r of recent) {
      if (await verifyPassword(r.password_hash, password)) {
        const key = 'password.reused' as const;
        throw invalid('PASSWORD_REUSED', key, { count: config.password.history }, { newPassword: { key, params: { count: config.password.history } } });
      }
    }
  }
  const passwordHash = await hashPassword(password);
  const now = nowIso();
  await tx
    .updateTable('users')
    .set({ password_hash: passwordHash, must_change_password: opts.mustChange ? 1 : 0, password_changed_at: now, updated_at: now })
    .where('id', '=', user.id)
    .execute();
  await tx.insertInto('password_history').values({ id: newId(), user_id: user.id, password_hash: passwordHash, created_at: now }).execute();
}
