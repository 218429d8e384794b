import type { Core } from '../platform/context.js';
import { seedDemo } from '../modules/org/seed.js';
import { seedFlowTemplates } from '../modules/workflow/index.js';
import { seedDocuments } from '../modules/documents/index.js';
import { modules } from '../modules/index.js';

/** The demo unit's flow administrator (秘书科科长), who also owns the shipped flows. */
const DEMO_FLOW_ADMIN = 'zhangwei';

/** Loads the demo unit, the shipped flow templates and each module's demo data; every step is idempotent. */
export async function loadDemo(core: Core): Promise<{ departments: number; people: number; flows: number }> {
  const summary = await seedDemo(core);
  let flows = (await seedFlowTemplates(core, DEMO_FLOW_ADMIN)) + (await seedDocuments(core, DEMO_FLOW_ADMIN));
  for (const m of modules) if (m.seedDemo) flows += await m.seedDemo(core, DEMO_FLOW_ADMIN);
  return { ...summary, flows };
}

export async function seedDemoCommand(core: Core): Promise<number> {
  const summary = await loadDemo(core);
  console.log(`演示单位已就绪 demo unit ready: ${summary.departments} departments, ${summary.people} people, ${summary.flows} new flows`);
  return 0;
}
