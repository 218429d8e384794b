import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { hmacSm3 } from './sm3.js';

export const SM4_KEY_BYTES = 16;
const FORMAT = 1;
const IV_BYTES = 16;
const TAG_BYTES = 32;

/** The ciphertext was altered, truncated or made with another key. */
export class CiphertextRejected extends Error {}

/** One master key, two purposes: the cipher and the MAC each get their own key derived from it. */
function subkeys(masterKey: Buffer) {
  if (masterKey.length !== SM4_KEY_BYTES) throw new Error(`an SM4 key has ${SM4_KEY_BYTES} bytes`);
  return {
    cipher: hmacSm3(masterKey, 'tongban sm4-cbc').subarray(0, SM4_KEY_BYTES),
    mac: hmacSm3(masterKey, 'tongban hmac-sm3'),
  };
}

/** Layout: format byte ‖ random IV ‖ SM4-CBC ciphertext ‖ HMAC-SM3 of everything before it (encrypt-then-MAC). */
export function encryptSm4(plain: Buffer, masterKey: Buffer): Buffer {
  const keys = subkeys(masterKey);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('sm4-cbc', keys.cipher, iv);
  const body = Buffer.concat([Buffer.of(FORMAT), iv, cipher.update(plain), cipher.final()]);
  return Buffer.concat([body, hmacSm3(keys.mac, body)]);
}

export function decryptSm4(sealed: Buffer, masterKey: Buffer): Buffer {
  const keys = subkeys(masterKey);
  if (sealed.length < 1 + IV_BYTES + 16 + TAG_BYTES || sealed[0] !== FORMAT) throw new CiphertextRejected('not an SM4 envelope');
  const body = sealed.subarray(0, sealed.length - TAG_BYTES);
  // The tag is checked before any decryption, so a tampered envelope never reaches the padding check.
  if (!timingSafeEqual(hmacSm3(keys.mac, body), sealed.subarray(body.length))) throw new CiphertextRejected('SM4 envelope altered');
  const decipher = createDecipheriv('sm4-cbc', keys.cipher, body.subarray(1, 1 + IV_BYTES));
  return Buffer.concat([decipher.update(body.subarray(1 + IV_BYTES)), decipher.final()]);
}
