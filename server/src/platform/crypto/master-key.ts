import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SM4_KEY_BYTES } from './sm4.js';

const HEX_KEY = /^[0-9a-fA-F]{32}$/;

export const sm4KeyFile = (dataDir: string): string => path.join(dataDir, 'keys', 'sm4.key');

/**
 * The SM4 master key, never stored in the database: `keyHex` (TONGBAN_SM4_KEY, 32 hex digits) when given,
 * else `<dataDir>/keys/sm4.key`, created with mode 0600 on first use. Losing it loses every file it encrypted.
 */
export function loadSm4MasterKey(dataDir: string, keyHex: string | undefined): Buffer {
  if (keyHex !== undefined && keyHex !== '') {
    if (!HEX_KEY.test(keyHex)) throw new Error(`TONGBAN_SM4_KEY must be ${SM4_KEY_BYTES * 2} hexadecimal digits`);
    return Buffer.from(keyHex, 'hex');
  }
  const file = sm4KeyFile(dataDir);
  if (!fs.existsSync(file)) createKeyFile(file);
  return readKeyFile(file);
}

/** Written aside then hard-linked into place, so two processes starting together agree on one key. */
function createKeyFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${randomUUID()}.tmp`;
  fs.writeFileSync(temp, `${randomBytes(SM4_KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.unlinkSync(temp);
  }
}

function readKeyFile(file: string): Buffer {
  if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) {
    throw new Error(`${file} is readable by other users; restrict it with: chmod 600 ${file}`);
  }
  const keyHex = fs.readFileSync(file, 'utf8').trim();
  if (!HEX_KEY.test(keyHex)) throw new Error(`${file} must hold ${SM4_KEY_BYTES * 2} hexadecimal digits`);
  return Buffer.from(keyHex, 'hex');
}

/** The server's master key, from its configuration. */
export const masterKeyOf = (config: { dataDir: string; sm4KeyHex?: string }): Buffer => loadSm4MasterKey(config.dataDir, config.sm4KeyHex);
