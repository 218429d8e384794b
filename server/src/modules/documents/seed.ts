import type { Core } from '../../platform/context.js';
import { command } from '../../platform/command.js';
import { systemCtx } from '../../platform/context.js';
import { newId, nowIso } from '../../platform/util.js';
import { seedShippedFlow } from '../workflow/index.js';
import { outgoingFlow } from './flow.js';
import { incomingFlow } from './incoming-flow.js';
import { borrowingFlow, disposalFlow } from './archive-flows.js';
import { INCOMING_RULE_KIND } from './service/incoming.js';
import { DOCUMENT_KINDS } from './kinds.js';
import { createRule, listRules } from './numbering/index.js';

const DEMO_UNITS = [
  { name: '示例市财政局', email: 'bangongshi@czj.example.gov.cn', contact: '李明', phone: '0000-12345678' },
  { name: '示例市发展和改革委员会', email: '', contact: '王芳', phone: '0000-87654321' },
];

/**
 * What a unit needs to issue and receive documents: the 发文 and 收文 flows, 文号 rules (机关代字
 * 示政办发, and 示政办函 for 函; 收 for 收文编号), the unit's seal and a few external units. Each part is created only if missing.
 */
export async function seedDocuments(core: Core, adminUsername?: string): Promise<number> {
  let flows = (await seedShippedFlow(core, outgoingFlow, adminUsername)) + (await seedShippedFlow(core, incomingFlow, adminUsername));
  for (const archiveFlow of [borrowingFlow, disposalFlow]) flows += await seedShippedFlow(core, archiveFlow, adminUsername);
  const ctx = systemCtx('seed');
  const root = await core.db.selectFrom('departments').select('name').where('parent_id', 'is', null).orderBy('sort_order').executeTakeFirst();
  if (!root) return flows;
  await command(core, ctx, async (w) => {
    const rules = await listRules(w.tx);
    if (!rules.some((r) => r.kinds.includes(INCOMING_RULE_KIND))) await createRule(w.tx, { code: '收', name: '收文编号', kinds: [INCOMING_RULE_KIND] });
    if (rules.some((r) => !r.kinds.includes(INCOMING_RULE_KIND))) return;
    await createRule(w.tx, { code: '示政办发', name: '办公室发文', kinds: DOCUMENT_KINDS.filter((k) => k !== 'letter') });
    await createRule(w.tx, { code: '示政办函', name: '办公室函', kinds: ['letter'] });
    const now = nowIso();
    await w.tx.insertInto('external_units').values(DEMO_UNITS.map((u) => ({ id: newId(), ...u, created_at: now }))).onConflict((oc) => oc.column('name').doNothing()).execute();
    w.audit({ action: 'document.seed', targetType: 'document', targetId: '', summary: '载入文号规则与外单位' });
  });
  const seal = await core.db.selectFrom('seals').select('id').executeTakeFirst();
  if (!seal) await (await import('./service/seals.js')).createSeal(core, ctx, null, { name: '公章', unit: root.name });
  return flows;
}
