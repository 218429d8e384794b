import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hmacSm3, sm3, sm3Hex } from './sm3.js';

describe('SM3', () => {
  it('matches the examples of GB/T 32905', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
    expect(sm3(Buffer.from('abc')).toString('hex')).toBe(sm3Hex('abc'));
  });

  it('HMAC-SM3 agrees with the OpenSSL command line', () => {
    const key = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const openssl = execFileSync('openssl', ['mac', '-digest', 'SM3', '-macopt', `hexkey:${key.toString('hex')}`, 'HMAC'], {
      input: '通办 HMAC',
    });
    expect(hmacSm3(key, '通办 HMAC').toString('hex').toUpperCase()).toBe(openssl.toString().trim());
  });
});
