import fs from 'node:fs';
import type { Core } from '../platform/context.js';
import { verifyPdf, type SealCheck } from '../modules/documents/seal/index.js';
import { registeredSeals } from '../modules/documents/service/seals.js';
import { UsageError } from './usage.js';

const EXIT_ALTERED = 1;
const EXIT_UNSIGNED = 3;

function describeSeal(seal: SealCheck, timeZone: string): string {
  const when = new Date(seal.signedAt).toLocaleString('zh-CN', { timeZone, hour12: false });
  const state = seal.status === 'intact' ? '完好 intact' : '被改动 altered';
  const register = seal.registered
    ? `本系统登记的印章 registered seal: ${seal.registered.unit} ${seal.registered.sealName}`
    : '签章密钥未在本系统登记 / key not registered here';
  return [
    `  [${state}] ${seal.unit} · ${seal.sealName} (${seal.sealId})`,
    `    签章人 sealed by: ${seal.signer}    时间 at: ${when} (${timeZone})`,
    `    签章时的 SM3 digest when sealed: ${seal.digest}`,
    `    ${register}`,
  ].join('\n');
}

/** `verify FILE.pdf`: exit 0 when every seal is intact, 1 when something was altered, 3 when unsealed. */
export async function verifyCommand(core: Core, args: string[]): Promise<number> {
  if (args.length !== 1) throw new UsageError('verify: expected "verify FILE.pdf"');
  const file = args[0]!;
  if (!fs.existsSync(file)) throw new UsageError(`verify: no such file: ${file}`);
  const result = await verifyPdf(fs.readFileSync(file), registeredSeals(core.db));
  if (result.status === 'unsigned') {
    console.log(`未签章 unsigned: ${file} 没有通办电子签章 (no Tongban seal)`);
    return EXIT_UNSIGNED;
  }
  const seals = result.seals.map((seal) => describeSeal(seal, core.config.timeZone)).join('\n');
  if (result.status === 'intact') {
    console.log(`签章完好 intact: ${file} 自签章以来未被改动 (not changed since sealed)\n${seals}`);
    return 0;
  }
  const problems = [
    result.unsealedBytes ? `  签章后追加了 ${result.unsealedBytes} 字节 (${result.unsealedBytes} bytes added after sealing)` : '',
    result.damagedSeals ? `  ${result.damagedSeals} 个签章无法读取 (${result.damagedSeals} seal(s) unreadable)` : '',
  ].filter(Boolean);
  console.error([`文件被改动 altered: ${file}`, seals, ...problems].filter(Boolean).join('\n'));
  return EXIT_ALTERED;
}
