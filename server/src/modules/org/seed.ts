import type { Core } from '../../platform/context.js';
import { systemCtx } from '../../platform/context.js';
import { command } from '../../platform/command.js';
import { ensureBuiltinRoles } from '../../platform/access/builtin.js';
import type { Tx } from '../../platform/db/index.js';
import { newId, nowIso } from '../../platform/util.js';
import { hashPassword } from '../auth/password.js';
import { nameKeys } from './pinyin.js';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE, DEMO_POST_ROLES, DEMO_POSTS, type DemoPerson } from './seed-data.js';

const SEEDED_KEY = 'demo.seeded';

export interface DemoAccount {
  username: string;
  name: string;
  employeeNo: string;
  department: string;
  post: string | null;
  person: DemoPerson;
}

/** Usernames: the fixed ones of the administrators, else the pinyin of the name with a digit on clashes. */
export function demoAccounts(taken: ReadonlySet<string> = new Set()): DemoAccount[] {
  const used = new Set([...taken, ...DEMO_PEOPLE.flatMap((p) => (p.username ? [p.username] : []))]);
  const deptName = new Map(DEMO_DEPARTMENTS.map((d) => [d.code, d.name]));
  const postName = new Map(DEMO_POSTS.map((p) => [p.code, p.name]));
  return DEMO_PEOPLE.map((person, i) => {
    let username = person.username;
    if (!username) {
      const base = nameKeys(person.name).name_pinyin;
      username = base;
      for (let n = 2; used.has(username); n++) username = `${base}${n}`;
      used.add(username);
    }
    return {
      username,
      name: person.name,
      employeeNo: `SZ${String(i + 1).padStart(4, '0')}`,
      department: deptName.get(person.department)!,
      post: person.post ? postName.get(person.post)! : null,
      person,
    };
  });
}

async function counts(core: Core) {
  const [d, p] = await Promise.all([
    core.db.selectFrom('departments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    core.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { departments: Number(d.n), people: Number(p.n) };
}

async function insertStructure(tx: Tx, now: string) {
  const deptIds = new Map(DEMO_DEPARTMENTS.map((d) => [d.code, newId()]));
  const pathOf = (code: string): string => {
    const d = DEMO_DEPARTMENTS.find((x) => x.code === code)!;
    return `${d.parent ? pathOf(d.parent) : '/'}${deptIds.get(code)}/`;
  };
  await tx
    .insertInto('departments')
    .values(
      DEMO_DEPARTMENTS.map((d, i) => ({
        id: deptIds.get(d.code)!,
        parent_id: d.parent ? deptIds.get(d.parent)! : null,
        path: pathOf(d.code),
        name: d.name,
        code: d.code,
        sort_order: i * 10,
        enabled: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  await tx
    .insertInto('posts')
    .values(DEMO_POSTS.map((p, i) => ({ id: newId(), ...p, sort_order: i * 10, enabled: 1, created_at: now, updated_at: now })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const posts = await tx.selectFrom('posts').select(['id', 'code']).execute();
  return { deptIds, postIds: new Map(posts.map((p) => [p.code, p.id])) };
}

async function insertPeople(core: Core, tx: Tx, now: string, ids: Awaited<ReturnType<typeof insertStructure>>) {
  const taken = new Set((await tx.selectFrom('users').select('username').execute()).map((u) => u.username));
  const accounts = demoAccounts(taken);
  const passwordHash = await hashPassword(core.config.demoPassword);
  const people = accounts.map((a, i) => ({
    id: newId(),
    name: a.name,
    ...nameKeys(a.name),
    employee_no: a.employeeNo,
    gender: a.person.gender,
    department_id: ids.deptIds.get(a.person.department)!,
    post_id: a.person.post ? ids.postIds.get(a.person.post)! : null,
    phone: `138${57_100_000 + i * 379}`,
    email: `${a.username}@demo.gov.cn`,
    clearance: a.person.clearance,
    status: 'active' as const,
    joined_on: `${2006 + (i % 17)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    left_on: null,
    sort_order: i * 10,
    created_at: now,
    updated_at: now,
  }));
  await tx.insertInto('people').values(people).execute();
  const users = accounts.map((a, i) => ({
    id: newId(),
    person_id: people[i]!.id,
    username: a.username,
    display_name: a.name,
    password_hash: passwordHash,
    must_change_password: 0,
    status: 'active' as const,
    failed_logins: 0,
    totp_enabled: 0,
    locale: 'zh-CN',
    channels: '["inApp"]',
    created_at: now,
    updated_at: now,
    password_changed_at: now,
  }));
  await tx.insertInto('users').values(users).execute();
  return { accounts, users };
}

async function insertGrants(tx: Tx, now: string, postIds: Map<string, string>, admins: { userId: string; roleCode: string }[]) {
  const roles = await ensureBuiltinRoles(tx);
  const grant = (roleCode: string, granteeType: 'user' | 'post', granteeId: string) => ({
    id: newId(),
    role_id: roles[roleCode]!,
    grantee_type: granteeType,
    grantee_id: granteeId,
    expires_at: null,
    granted_by: null,
    created_at: now,
  });
  const rows = [
    ...Object.entries(DEMO_POST_ROLES).map(([post, role]) => grant(role, 'post', postIds.get(post)!)),
    ...admins.map((a) => grant(a.roleCode, 'user', a.userId)),
  ];
  await tx.insertInto('grants').values(rows).onConflict((oc) => oc.columns(['role_id', 'grantee_type', 'grantee_id']).doNothing()).execute();
}

async function markSeeded(tx: Tx, now: string) {
  await tx.insertInto('settings').values({ key: SEEDED_KEY, value: now, updated_at: now }).execute();
  await tx
    .insertInto('settings')
    .values({ key: 'demo', value: 'true', updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'true', updated_at: now }))
    .execute();
}

/**
 * Loads the demo unit (示例市人民政府办公室) once: departments, posts, people with logins, post-based
 * role grants and the three administrators. A second run finds the 'demo.seeded' setting and changes nothing.
 */
export async function seedDemo(core: Core): Promise<{ departments: number; people: number }> {
  const done = await core.db.selectFrom('settings').select('key').where('key', '=', SEEDED_KEY).executeTakeFirst();
  if (done) return counts(core);
  await command(core, systemCtx('seed-demo'), async (w) => {
    const now = nowIso();
    await markSeeded(w.tx, now);
    const ids = await insertStructure(w.tx, now);
    const { accounts, users } = await insertPeople(core, w.tx, now, ids);
    const admins = accounts.flatMap((a, i) =>
      [...(a.person.adminRole ? [a.person.adminRole.code] : []), ...(a.person.roles ?? [])].map((roleCode) => ({ userId: users[i]!.id, roleCode })),
    );
    await insertGrants(w.tx, now, ids.postIds, admins);
    w.audit({
      action: 'system.seed-demo',
      targetType: 'department',
      targetId: ids.deptIds.get(DEMO_DEPARTMENTS[0]!.code)!,
      summary: `载入演示单位：${DEMO_DEPARTMENTS[0]!.name}（${DEMO_DEPARTMENTS.length} 个部门，${accounts.length} 人）`,
      detail: { departments: DEMO_DEPARTMENTS.length, people: accounts.length },
    });
  });
  return counts(core);
}
