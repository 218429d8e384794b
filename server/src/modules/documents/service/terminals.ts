import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { invalid, notFound } from '../../../platform/errors.js';
import type { Access } from '../../../platform/access/resolve.js';
import { directory } from '../../../platform/directory.js';
import { newId, nowIso } from '../../../platform/util.js';
import { requireSecurityOfficer } from '../policy.js';
import { parseRange, plainAddress } from './terminal-ranges.js';

// 涉密终端: the address ranges from which 机密 and 绝密 documents may be opened, kept by the security officer.

/** A range as stored: address/prefix (a single address gets the full prefix). */
function canonicalRange(text: string): string {
  const r = parseRange(text);
  if (!r) throw invalid('TERMINAL_RANGE_INVALID', 'error.validation', {}, { cidr: { key: 'terminal.rangeInvalid' } });
  return `${r.address}/${r.prefix}`;
}

export interface TerminalInput {
  name: string;
  cidr: string;
  active?: boolean;
}

/** The approved ranges, and the address the caller is asking from (to approve one's own terminal). */
export async function listTerminals(core: Core, ctx: Ctx, access: Access) {
  requireSecurityOfficer(access);
  const rows = await core.db.selectFrom('approved_terminals').selectAll().orderBy('created_at').execute();
  const names = await directory().names(core.db, [...new Set(rows.map((r) => r.created_by))]);
  const items = rows.map((r) => ({ id: r.id, name: r.name, cidr: r.cidr, active: r.active === 1, createdBy: names.get(r.created_by) ?? '', createdAt: r.created_at }));
  return { items, yourAddress: plainAddress(ctx.ip) };
}

export async function addTerminal(core: Core, ctx: Ctx, access: Access, input: TerminalInput): Promise<{ id: string }> {
  requireSecurityOfficer(access);
  const cidr = canonicalRange(input.cidr);
  return command(core, ctx, async (w) => {
    const id = newId();
    await w.tx
      .insertInto('approved_terminals')
      .values({ id, name: input.name, cidr, active: input.active === false ? 0 : 1, created_by: ctx.actor!.userId, created_at: nowIso() })
      .execute();
    w.audit({ action: 'document.terminal.add', targetType: 'approvedTerminal', targetId: id, summary: `批准涉密终端：${input.name}（${cidr}）`, detail: { cidr } });
    return { id };
  });
}

export async function updateTerminal(core: Core, ctx: Ctx, access: Access, id: string, input: TerminalInput): Promise<void> {
  requireSecurityOfficer(access);
  const cidr = canonicalRange(input.cidr);
  await command(core, ctx, async (w) => {
    const before = await w.tx.selectFrom('approved_terminals').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound();
    const active = input.active === undefined ? before.active : input.active ? 1 : 0;
    await w.tx.updateTable('approved_terminals').set({ name: input.name, cidr, active }).where('id', '=', id).execute();
    const state = active ? '启用' : '停用';
    w.audit({
      action: 'document.terminal.update',
      targetType: 'approvedTerminal',
      targetId: id,
      summary: `修改涉密终端：${input.name}（${cidr}，${state}）`,
      detail: { before: { name: before.name, cidr: before.cidr, active: before.active === 1 }, after: { name: input.name, cidr, active: active === 1 } },
    });
  });
}
