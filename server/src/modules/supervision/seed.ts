import type { Core } from '../../platform/context.js';
import { seedShippedFlow } from '../workflow/index.js';
import { extensionFlow } from './flow.js';

/** The 督办延期 flow, approved by the unit's 督查员 role; idempotent. */
export async function seedSupervision(core: Core, flowAdmin: string): Promise<number> {
  const role = await core.db.selectFrom('roles').select('id').where('code', '=', 'supervisor').executeTakeFirst();
  return seedShippedFlow(core, extensionFlow(role?.id ?? null), flowAdmin);
}
