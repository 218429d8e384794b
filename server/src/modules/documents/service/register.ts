import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { DocNumberStatus } from '../../../platform/db/schema.js';
import type { Access } from '../../../platform/access/resolve.js';
import { createRule, listRules, register, reserveNumber, voidNumber, type NewNumberRule } from '../numbering/index.js';
import { requireRegistry } from '../policy.js';

/** 文号 rules (机关代字 and the kinds each numbers). */
export async function numberRules(core: Core, access: Access) {
  requireRegistry(access);
  return { items: await listRules(core.db) };
}

export async function addNumberRule(core: Core, ctx: Ctx, access: Access, input: NewNumberRule) {
  requireRegistry(access);
  return command(core, ctx, async (w) => {
    const rule = await createRule(w.tx, input);
    w.audit({ action: 'document.numberRule.create', targetType: 'docNumberRule', targetId: rule.id, summary: `新增文号规则：${rule.code}` });
    return rule;
  });
}

/** 发文登记簿: every number and its fate. */
export async function numberRegister(core: Core, access: Access, f: { ruleId?: string; year?: number; status?: DocNumberStatus; page: number; pageSize: number }) {
  requireRegistry(access);
  const { page, pageSize, ...filters } = f;
  return { ...(await register(core.db, { ...filters, limit: pageSize, offset: (page - 1) * pageSize })), page, pageSize };
}

/** 预留 the next number of a rule for this year. */
export async function reserve(core: Core, ctx: Ctx, access: Access, input: { ruleId: string; year: number; reason?: string }) {
  requireRegistry(access);
  return command(core, ctx, async (w) => {
    const taken = await reserveNumber(w.tx, { ...input, userId: ctx.actor!.userId });
    w.audit({ action: 'document.number.reserve', targetType: 'docNumber', targetId: taken.id, summary: `预留文号：${taken.number}`, detail: { reason: input.reason ?? '' } });
    return taken;
  });
}

/** 作废 a number, with the reason; it stays in the register. */
export async function voidTaken(core: Core, ctx: Ctx, access: Access, numberId: string, reason: string) {
  requireRegistry(access);
  return command(core, ctx, async (w) => {
    const voided = await voidNumber(w.tx, { numberId, reason, userId: ctx.actor!.userId });
    w.audit({ action: 'document.number.void', targetType: 'docNumber', targetId: numberId, summary: `作废文号：${voided.number}`, detail: { reason } });
    return voided;
  });
}
