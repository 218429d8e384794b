import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSm4MasterKey, sm4KeyFile } from './master-key.js';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-key-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('SM4 master key', () => {
  it('takes TONGBAN_SM4_KEY when set, and writes no file', () => {
    expect(loadSm4MasterKey(dataDir, '00112233445566778899AABBCCDDEEFF').toString('hex')).toBe('00112233445566778899aabbccddeeff');
    expect(fs.existsSync(sm4KeyFile(dataDir))).toBe(false);
    expect(() => loadSm4MasterKey(dataDir, 'abc')).toThrow(/TONGBAN_SM4_KEY/);
  });

  it('creates <dataDir>/keys/sm4.key readable by its owner only, then keeps using it', () => {
    const first = loadSm4MasterKey(dataDir, undefined);
    expect(first.length).toBe(16);
    if (process.platform !== 'win32') expect(fs.statSync(sm4KeyFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(loadSm4MasterKey(dataDir, '').equals(first)).toBe(true);
    expect(fs.readdirSync(path.dirname(sm4KeyFile(dataDir)))).toEqual(['sm4.key']);
  });

  it.skipIf(process.platform === 'win32')('refuses a key file others can read', () => {
    loadSm4MasterKey(dataDir, undefined);
    fs.chmodSync(sm4KeyFile(dataDir), 0o644);
    expect(() => loadSm4MasterKey(dataDir, undefined)).toThrow(/chmod 600/);
  });

  it('refuses a damaged key file', () => {
    fs.mkdirSync(path.dirname(sm4KeyFile(dataDir)));
    fs.writeFileSync(sm4KeyFile(dataDir), 'not a key', { mode: 0o600 });
    expect(() => loadSm4MasterKey(dataDir, undefined)).toThrow(/hexadecimal/);
  });
});
