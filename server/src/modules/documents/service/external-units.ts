import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { conflict } from '../../../platform/errors.js';
import { isUniqueViolation } from '../../../platform/db/unique.js';
import type { Access } from '../../../platform/access/resolve.js';
import { newId, nowIso } from '../../../platform/util.js';
import { requireRegistry } from '../policy.js';

export interface ExternalUnitInput {
  name: string;
  email: string;
  contact: string;
  phone: string;
}

/** The directory of external units (外单位) documents are sent to. */
export async function listExternalUnits(core: Core, access: Access) {
  requireRegistry(access);
  const rows = await core.db.selectFrom('external_units').select(['id', 'name', 'email', 'contact', 'phone']).orderBy('name').execute();
  return { items: rows };
}

export async function createExternalUnit(core: Core, ctx: Ctx, access: Access, input: ExternalUnitInput): Promise<{ id: string }> {
  requireRegistry(access);
  try {
    return await command(core, ctx, async (w) => {
      const id = newId();
      await w.tx.insertInto('external_units').values({ id, ...input, created_at: nowIso() }).execute();
      w.audit({ action: 'document.externalUnit.create', targetType: 'externalUnit', targetId: id, summary: `新增外单位：${input.name}` });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('EXTERNAL_UNIT_EXISTS', 'document.unitExists');
    throw error;
  }
}
