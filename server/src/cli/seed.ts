import type { Core } from '../platform/context.js';
import { seedDemo } from '../modules/org/seed.js';

export async function seedDemoCommand(core: Core): Promise<number> {
  const summary = await seedDemo(core);
  console.log(`演示单位已就绪 demo unit ready: ${summary.departments} departments, ${summary.people} people`);
  return 0;
}
