import type { Core, Ctx } from '../../platform/context.js';
import type { Access } from '../../platform/access/resolve.js';
import { command, type Work } from '../../platform/command.js';
import { endSessionsOf } from '../../platform/auth/session.js';
import type { Tx } from '../../platform/db/index.js';
import type { Clearance } from '../../platform/db/schema.js';
import { conflict } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/util.js';
import { createAccount } from './accounts.js';
import { runHandoverHooks } from './handover.js';
import { get, type PersonView } from './people.js';
import { nameKeys } from './pinyin.js';
import { ORG_MANAGE, mayCreateAccount, mayManage, mayManageClearance } from './policy.js';
import { isUniqueViolation } from '../../platform/db/unique.js';
import { enabledDepartment, enabledPost } from './refs.js';
import type { JoinInput, TransferInput, UpdateInput } from './schema.js';
import { CLEARANCE_LABELS } from './schema.js';

type PartTimeInput = { departmentId: string; postId?: string | null }[];

/** Runs a people command, turning a unique-key race on the employee number into the same 409 as the check. */
export async function peopleCommand<T>(core: Core, ctx: Ctx, employeeNo: string | undefined, fn: (w: Work) => Promise<T>): Promise<T> {
  try {
    return await command(core, ctx, fn);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('EMPLOYEE_NO_TAKEN', 'org.employeeNoTaken', { employeeNo: employeeNo ?? '' });
    throw err;
  }
}

export async function ensureEmployeeNoFree(tx: Tx, employeeNo: string, selfId?: string): Promise<void> {
  let q = tx.selectFrom('people').select('id').where('employee_no', '=', employeeNo);
  if (selfId) q = q.where('id', '!=', selfId);
  if (await q.executeTakeFirst()) throw conflict('EMPLOYEE_NO_TAKEN', 'org.employeeNoTaken', { employeeNo });
}

/** Replaces the part-time memberships; the main department and repeats are dropped. */
async function setPartTime(tx: Tx, personId: string, mainDepartmentId: string, items: PartTimeInput): Promise<void> {
  const seen = new Set([mainDepartmentId]);
  const rows: { person_id: string; department_id: string; post_id: string | null }[] = [];
  for (const [i, item] of items.entries()) {
    if (seen.has(item.departmentId)) continue;
    seen.add(item.departmentId);
    await enabledDepartment(tx, item.departmentId, `partTime.${i}.departmentId`);
    if (item.postId) await enabledPost(tx, item.postId, `partTime.${i}.postId`);
    rows.push({ person_id: personId, department_id: item.departmentId, post_id: item.postId ?? null });
  }
  await tx.deleteFrom('person_departments').where('person_id', '=', personId).execute();
  if (rows.length) await tx.insertInto('person_departments').values(rows).execute();
}

export async function join(core: Core, ctx: Ctx, access: Access, input: JoinInput): Promise<{ id: string; initialPassword?: string }> {
  mayManage(access);
  if (input.username) mayCreateAccount(access);
  return peopleCommand(core, ctx, input.employeeNo, async (w) => {
    const department = await enabledDepartment(w.tx, input.departmentId, 'departmentId');
    const post = input.postId ? await enabledPost(w.tx, input.postId, 'postId') : null;
    await ensureEmployeeNoFree(w.tx, input.employeeNo);
    const id = newId();
    const now = nowIso();
    await w.tx
      .insertInto('people')
      .values({
        id,
        name: input.name,
        ...nameKeys(input.name),
        employee_no: input.employeeNo,
        gender: input.gender ?? null,
        department_id: department.id,
        post_id: post?.id ?? null,
        phone: input.phone ?? '',
        email: input.email ?? '',
        clearance: 'public',
        status: 'active',
        joined_on: input.joinedOn ?? now.slice(0, 10),
        left_on: null,
        sort_order: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await setPartTime(w.tx, id, department.id, input.partTime ?? []);
    const account = input.username ? await createAccount(w.tx, core.config, { id, name: input.name }, input.username) : null;
    w.audit({
      action: 'org.person.join',
      targetType: 'person',
      targetId: id,
      summary: `人员入职：${input.name}（${department.name}${post ? ` ${post.name}` : ''}）${account ? `，开通账号 ${input.username}` : ''}`,
      detail: { employeeNo: input.employeeNo, departmentId: department.id, postId: post?.id ?? null, username: input.username ?? null },
    });
    return account ? { id, initialPassword: account.password } : { id };
  });
}

export async function update(core: Core, ctx: Ctx, access: Access, id: string, input: UpdateInput): Promise<void> {
  mayManage(access);
  await peopleCommand(core, ctx, input.employeeNo, async (w) => {
    const before = await get(w.tx, access, id, ORG_MANAGE);
    if (input.employeeNo !== undefined) await ensureEmployeeNoFree(w.tx, input.employeeNo, id);
    await w.tx
      .updateTable('people')
      .set({
        ...(input.name !== undefined ? { name: input.name, ...nameKeys(input.name) } : {}),
        ...(input.gender !== undefined ? { gender: input.gender } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.employeeNo !== undefined ? { employee_no: input.employeeNo } : {}),
        updated_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    if (input.name !== undefined) await w.tx.updateTable('users').set({ display_name: input.name }).where('person_id', '=', id).execute();
    if (input.partTime) await setPartTime(w.tx, id, before.departmentId, input.partTime);
    w.audit({ action: 'org.person.update', targetType: 'person', targetId: id, summary: `修改人员信息：${input.name ?? before.name}`, detail: { ...input } });
  });
}

const placement = (p: Pick<PersonView, 'departmentId' | 'departmentName' | 'postId' | 'postName'>) => ({
  departmentId: p.departmentId,
  departmentName: p.departmentName,
  postId: p.postId,
  postName: p.postName,
});

/** Moves a person to another department and post; post-based role grants follow at the next request. */
export async function transfer(core: Core, ctx: Ctx, access: Access, id: string, input: TransferInput): Promise<void> {
  mayManage(access);
  await command(core, ctx, async (w) => {
    const before = await get(w.tx, access, id, ORG_MANAGE);
    if (before.status !== 'active') throw conflict('PERSON_LEFT', 'org.personLeft');
    const department = await enabledDepartment(w.tx, input.departmentId, 'departmentId');
    const post = input.postId ? await enabledPost(w.tx, input.postId, 'postId') : null;
    await w.tx
      .updateTable('people')
      .set({ department_id: department.id, post_id: post?.id ?? null, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    const partTime = input.partTime ?? before.partTime.filter((p) => p.departmentId !== department.id);
    await setPartTime(w.tx, id, department.id, partTime);
    const after = { departmentId: department.id, departmentName: department.name, postId: post?.id ?? null, postName: post?.name ?? null };
    w.audit({
      action: 'org.person.transfer',
      targetType: 'person',
      targetId: id,
      summary: `人员调动：${before.name}，${before.departmentName}${before.postName ? ` ${before.postName}` : ''} → ${department.name}${post ? ` ${post.name}` : ''}`,
      detail: { from: placement(before), to: after },
    });
  });
}

/** Leaving: the ledger keeps the person as "left", the login is disabled, sessions end, hand-over hooks run. */
export async function leave(core: Core, ctx: Ctx, access: Access, id: string, input: { leftOn?: string; reason?: string }): Promise<void> {
  mayManage(access);
  await command(core, ctx, async (w) => {
    const person = await get(w.tx, access, id, ORG_MANAGE);
    if (person.status !== 'active') throw conflict('PERSON_LEFT', 'org.personLeft');
    const now = nowIso();
    await w.tx.updateTable('people').set({ status: 'left', left_on: input.leftOn ?? now.slice(0, 10), updated_at: now }).where('id', '=', id).execute();
    const user = await w.tx.selectFrom('users').select('id').where('person_id', '=', id).executeTakeFirst();
    const endedSessions = user ? await endSessionsOf(w.tx, user.id) : 0;
    if (user) await w.tx.updateTable('users').set({ status: 'disabled', updated_at: now }).where('id', '=', user.id).execute();
    await runHandoverHooks(w, id, ctx);
    w.audit({
      action: 'org.person.leave',
      targetType: 'person',
      targetId: id,
      summary: `人员离职：${person.name}（${person.departmentName}）`,
      detail: { leftOn: input.leftOn ?? now.slice(0, 10), reason: input.reason ?? '', userId: user?.id ?? null, endedSessions },
    });
  });
}

export async function setClearance(core: Core, ctx: Ctx, access: Access, id: string, clearance: Clearance): Promise<void> {
  mayManageClearance(access);
  await command(core, ctx, async (w) => {
    const person = await get(w.tx, access, id, 'clearance.manage');
    await w.tx.updateTable('people').set({ clearance, updated_at: nowIso() }).where('id', '=', id).execute();
    w.audit({
      action: 'org.person.clearance',
      targetType: 'person',
      targetId: id,
      summary: `调整涉密等级：${person.name}，${CLEARANCE_LABELS[person.clearance]} → ${CLEARANCE_LABELS[clearance]}`,
      detail: { from: person.clearance, to: clearance },
    });
  });
}
