import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CiphertextRejected, decryptSm4, encryptSm4 } from './sm4.js';

const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');

describe('SM4', () => {
  it('node:crypto SM4 matches the example of GB/T 32907', () => {
    const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    const block = Buffer.concat([cipher.update(key), cipher.final()]);
    expect(block.toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('round-trips any length, with a fresh IV each time', () => {
    for (const size of [0, 1, 15, 16, 17, 100_000]) {
      const plain = Buffer.alloc(size, 0x5a);
      expect(decryptSm4(encryptSm4(plain, key), key).equals(plain)).toBe(true);
    }
    expect(encryptSm4(Buffer.from('同一份文件'), key).equals(encryptSm4(Buffer.from('同一份文件'), key))).toBe(false);
  });

  it('rejects every altered byte, a truncation and a wrong key before decrypting', () => {
    const sealed = encryptSm4(Buffer.from('机密：会议纪要全文'), key);
    for (let i = 0; i < sealed.length; i++) {
      const altered = Buffer.from(sealed);
      altered[i]! ^= 0x01;
      expect(() => decryptSm4(altered, key)).toThrow(CiphertextRejected);
    }
    expect(() => decryptSm4(sealed.subarray(0, sealed.length - 1), key)).toThrow(CiphertextRejected);
    expect(() => decryptSm4(sealed.subarray(0, 10), key)).toThrow(CiphertextRejected);
    expect(() => decryptSm4(sealed, Buffer.alloc(16, 7))).toThrow(CiphertextRejected);
  });

  it('refuses a key of the wrong size', () => {
    expect(() => encryptSm4(Buffer.from('x'), Buffer.alloc(32))).toThrow(/16 bytes/);
  });
});
