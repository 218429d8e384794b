import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import smCrypto from 'sm-crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SM2_USER_ID, generateSm2KeyPair, sm2Sign, sm2Verify } from './sm2.js';
import { sm2PrivateKeyFromPem, sm2PrivateKeyToPem, sm2PublicKeyFromPem, sm2PublicKeyToPem } from './sm2-pem.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-sm2-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const file = (name: string, content?: string | Buffer) => {
  const full = path.join(work, name);
  if (content !== undefined) fs.writeFileSync(full, content);
  return full;
};
const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' }).toString();
// OpenSSL 3.0 hashes an empty distinguishing id unless told the GB/T 35276 default.
const GBT_ID = ['-pkeyopt', `distid:${DEFAULT_SM2_USER_ID}`];

const message = Buffer.from('关于印发《示例市公文处理办法》的通知\n', 'utf8');

describe('SM2 signatures (GB/T 32918)', () => {
  const key = generateSm2KeyPair();

  it('verifies its own signatures and nothing else', () => {
    const signature = sm2Sign(message, key);
    expect(sm2Verify(message, signature, key.publicKey)).toBe(true);
    expect(sm2Verify(Buffer.concat([message, Buffer.of(0)]), signature, key.publicKey)).toBe(false);
    expect(sm2Verify(message, signature, generateSm2KeyPair().publicKey)).toBe(false);
    expect(sm2Verify(message, signature, key.publicKey, 'another-user-id')).toBe(false);
    expect(sm2Verify(message, Buffer.from('3000', 'hex'), key.publicKey)).toBe(false);
    expect(sm2Verify(message, signature, 'not a key')).toBe(false);
  });

  it('agrees with sm-crypto computing Z and SM3 itself', () => {
    const ours = sm2Sign(message, key);
    expect(smCrypto.sm2.doVerifySignature([...message], ours.toString('hex'), key.publicKey, { hash: true, der: true })).toBe(true);
    const theirs = smCrypto.sm2.doSignature([...message], key.privateKey, { hash: true, der: true });
    expect(sm2Verify(message, Buffer.from(theirs, 'hex'), key.publicKey)).toBe(true);
  });

  it('OpenSSL verifies our signature with our PEM public key', () => {
    file('ours.pub.pem', sm2PublicKeyToPem(key.publicKey));
    file('ours.msg', message);
    file('ours.sig', sm2Sign(message, key));
    const out = openssl('pkeyutl', '-verify', '-pubin', '-inkey', file('ours.pub.pem'), '-rawin', '-in', file('ours.msg'),
      '-sigfile', file('ours.sig'), '-digest', 'sm3', ...GBT_ID);
    expect(out).toContain('Signature Verified Successfully');
  });

  it('verifies a signature OpenSSL made with a key OpenSSL generated', () => {
    openssl('genpkey', '-algorithm', 'SM2', '-out', file('theirs.key.pem'));
    openssl('pkey', '-in', file('theirs.key.pem'), '-pubout', '-out', file('theirs.pub.pem'));
    file('theirs.msg', message);
    openssl('pkeyutl', '-sign', '-inkey', file('theirs.key.pem'), '-rawin', '-in', file('theirs.msg'), '-digest', 'sm3', ...GBT_ID,
      '-out', file('theirs.sig'));
    const publicKey = sm2PublicKeyFromPem(fs.readFileSync(file('theirs.pub.pem'), 'utf8'));
    expect(sm2Verify(message, fs.readFileSync(file('theirs.sig')), publicKey)).toBe(true);
    expect(sm2Verify(Buffer.from('另一份文件'), fs.readFileSync(file('theirs.sig')), publicKey)).toBe(false);
  });

  it('reads and writes PEM exactly as OpenSSL does', () => {
    const pem = fs.readFileSync(file('theirs.key.pem'), 'utf8');
    const pair = sm2PrivateKeyFromPem(pem);
    expect(pair.publicKey).toBe(sm2PublicKeyFromPem(fs.readFileSync(file('theirs.pub.pem'), 'utf8')));
    expect(sm2PrivateKeyToPem(pair)).toBe(pem);
    expect(sm2PublicKeyToPem(pair.publicKey)).toBe(fs.readFileSync(file('theirs.pub.pem'), 'utf8'));
    expect(sm2PrivateKeyFromPem(sm2PrivateKeyToPem(key))).toEqual(key);
    expect(openssl('pkey', '-in', file('ours.key.pem', sm2PrivateKeyToPem(key)), '-text', '-noout')).toContain('ASN1 OID: SM2');
  });

  it('refuses keys that are not SM2', () => {
    openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file('p256.key.pem'));
    openssl('pkey', '-in', file('p256.key.pem'), '-pubout', '-out', file('p256.pub.pem'));
    expect(() => sm2PrivateKeyFromPem(fs.readFileSync(file('p256.key.pem'), 'utf8'))).toThrow(/SM2/);
    expect(() => sm2PublicKeyFromPem(fs.readFileSync(file('p256.pub.pem'), 'utf8'))).toThrow(/SM2/);
    expect(() => sm2PublicKeyFromPem('hello')).toThrow(/PEM/);
  });
});
