import type { Ctx } from '../../platform/context.js';
import type { Work } from '../../platform/command.js';

/** Called when a person leaves, inside the leave transaction, so later modules hand over open items. */
export type HandoverHook = (w: Work, personId: string, ctx: Ctx) => Promise<void>;

const hooks = new Map<string, HandoverHook>();

/** Registers (or replaces) the hand-over hook of a module, by name. */
export function registerHandoverHook(name: string, fn: HandoverHook): void {
  hooks.set(name, fn);
}

export async function runHandoverHooks(w: Work, personId: string, ctx: Ctx): Promise<void> {
  for (const fn of hooks.values()) await fn(w, personId, ctx);
}
