import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { verifyPassword } from '../modules/auth/password.js';
import { isoAfter } from '../platform/util.js';
import { createTestCore, describeEachDialect, type TestCore } from '../test/harness.js';
import { UsageError } from './usage.js';
import { userCommand } from './user.js';

describeEachDialect('cli user', (dialect) => {
  let core: TestCore;
  let out: string[];

  beforeAll(async () => {
    core = await createTestCore(dialect);
  });
  afterAll(() => core.cleanup());
  afterEach(() => vi.restoreAllMocks());

  const run = async (...args: string[]) => {
    out = [];
    vi.spyOn(console, 'log').mockImplementation((m: string) => void out.push(m));
    vi.spyOn(console, 'error').mockImplementation((m: string) => void out.push(m));
    return userCommand(core, args);
  };
  const user = (username: string) => core.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();

  it('creates the three administrators with their roles, printing a generated password', async () => {
    expect(await run('create', '--username', 'sysadmin', '--name', '系统管理员', '--role', 'system-admin')).toBe(0);
    const printed = out.join('\n').match(/initial password: (\S+)/)![1]!;
    const sys = await user('sysadmin');
    expect(sys).toMatchObject({ display_name: '系统管理员', must_change_password: 1 });
    expect(await verifyPassword(sys.password_hash, printed)).toBe(true);
    expect(await run('create', '--username', 'secadmin', '--name', '安全保密管理员', '--role', 'security-admin', '--password', 'Secure#Pass2026')).toBe(0);
    expect(out.join('\n')).not.toContain('initial password');
    expect((await user('secadmin')).must_change_password).toBe(0);
    expect(await run('create', '--username', 'auditor', '--name', '安全审计员', '--role', 'auditor')).toBe(0);
    const records = await core.db.selectFrom('audit_log').select(['action', 'actor_name']).where('request_id', '=', 'cli').execute();
    expect(records.filter((r) => r.action === 'user.create')).toHaveLength(3);
    expect(records.filter((r) => r.action === 'access.grant.create')).toHaveLength(3);
    expect(records.every((r) => r.actor_name === 'system')).toBe(true);
  });

  it('refuses a second administrator kind, a weak password and a taken username, with exit code 1', async () => {
    expect(await run('grant', '--username', 'sysadmin', '--role', 'auditor')).toBe(1);
    expect(out.join('\n')).toContain('三员分立');
    expect(await run('grant', '--username', 'sysadmin', '--role', 'unit-leader')).toBe(0);
    expect(await run('create', '--username', 'weak', '--name', '弱', '--password', 'password')).toBe(1);
    expect(out.join('\n')).toMatch(/密码/);
    expect(await core.db.selectFrom('users').select('id').where('username', '=', 'weak').executeTakeFirst()).toBeUndefined();
    expect(await run('create', '--username', 'auditor', '--name', '重复')).toBe(1);
  });

  it('resets a password and unlocks an account', async () => {
    const before = await user('auditor');
    expect(await run('reset-password', '--username', 'auditor')).toBe(0);
    const printed = out.join('\n').match(/initial password: (\S+)/)![1]!;
    const after = await user('auditor');
    expect(after.password_hash).not.toBe(before.password_hash);
    expect(await verifyPassword(after.password_hash, printed)).toBe(true);
    expect(after.must_change_password).toBe(1);
    expect(await run('reset-password', '--username', 'auditor', '--password', 'Given#Pass2026')).toBe(0);
    expect(await verifyPassword((await user('auditor')).password_hash, 'Given#Pass2026')).toBe(true);

    await core.db.updateTable('users').set({ locked_until: isoAfter(600_000), failed_logins: 4 }).where('username', '=', 'auditor').execute();
    expect(await run('unlock', '--username', 'auditor')).toBe(0);
    expect(await user('auditor')).toMatchObject({ locked_until: null, failed_logins: 0 });
  });

  it('says clearly when the account does not exist or the call is wrong', async () => {
    expect(await run('unlock', '--username', 'nobody')).toBe(1);
    expect(out.join('\n')).toContain('用户不存在');
    await expect(run('unlock')).rejects.toThrow(UsageError);
    await expect(run('create', '--username', 'x1')).rejects.toThrow(/--name/);
    await expect(run('unlock', '--username', 'a', '--role', 'auditor')).rejects.toThrow(UsageError);
    await expect(run('create', '--username', 'a2', '--name', 'A', '--role', 'no-such-role')).rejects.toThrow(/no-such-role/);
    await expect(run('frobnicate')).rejects.toThrow(UsageError);
  });
});
