import type { Core } from '../platform/context.js';
import { verifyChain } from '../platform/audit/log.js';

const PROBLEMS = {
  altered: '记录被修改 (altered)',
  removedBefore: '此前有记录被删除 (a record before it was removed)',
  inserted: '记录为插入 (inserted)',
} as const;

export async function auditVerify(core: Core): Promise<number> {
  const result = await verifyChain(core.db);
  if (result.ok) {
    console.log(`审计日志完好 audit log intact: ${result.count} records, SM3 chain verified`);
    return 0;
  }
  console.error(`审计日志被篡改 audit log broken at record seq=${result.seq} id=${result.id}: ${PROBLEMS[result.problem]}`);
  return 1;
}
