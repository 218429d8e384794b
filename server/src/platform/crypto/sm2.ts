import { createHash, randomBytes } from 'node:crypto';
import smCrypto, { type KeyPairPoint } from 'sm-crypto';
import type { Bytes } from './sm3.js';

const { sm2 } = smCrypto;

/** Hex as sm-crypto writes it: private key 64 digits, public key `04‖x‖y` (130 digits). */
export interface Sm2KeyPair {
  privateKey: string;
  publicKey: string;
}

/** The distinguishing identifier GB/T 35276 sets as default; OpenSSL and sm-crypto use it too. */
export const DEFAULT_SM2_USER_ID = '1234567812345678';

// Curve parameters a, b, xG, yG of GB/T 32918.5, hashed into the signer's Z value.
const CURVE_FOR_Z = Buffer.from(
  'FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC' +
    '28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93' +
    '32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7' +
    'BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0',
  'hex',
);

// Keys and nonces are drawn from node's CSPRNG (see freshNonce). The seed has 128 bits more than the group
// order, so reducing it modulo n leaves no usable bias.
const SEED_BYTES = 48;

type BigInteger = KeyPairPoint['k'];
// sm-crypto wants nonces as instances of its own big-integer class (jsbn), which it does not export.
const BigIntegerOfSmCrypto = sm2.getPoint().k.constructor as new (digits: string, radix: number) => BigInteger;

export const generateSm2KeyPair = (): Sm2KeyPair => sm2.generateKeyPairHex(randomBytes(SEED_BYTES).toString('hex'), 16);

export const sm2PublicKeyOf = (privateKey: string): string => sm2.getPublicKeyFromPrivateKey(privateKey);

export const isSm2PublicKey = (publicKey: string): boolean => /^04[0-9a-f]{128}$/i.test(publicKey) && sm2.verifyPublicKey(publicKey);

/**
 * sm-crypto draws signing nonces from an RC4 generator (src/sm2/rng.js); a nonce with any bias leaks the
 * private key over many signatures, so every signature gets a nonce from node's CSPRNG instead.
 */
function freshNonce(): KeyPairPoint {
  const point = generateSm2KeyPair();
  return {
    ...point,
    k: new BigIntegerOfSmCrypto(point.privateKey, 16),
    x1: new BigIntegerOfSmCrypto(point.publicKey.slice(2, 66), 16),
  };
}

/**
 * e = SM3(Z ‖ M) with Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA), GB/T 32918.2 §6.1. Computed here with
 * node's native SM3 rather than by sm-crypto's JavaScript SM3, which needs seconds for a large PDF.
 */
function messageDigest(message: Bytes, publicKey: string, userId: string): number[] {
  const id = Buffer.from(userId, 'utf8');
  const entl = Buffer.alloc(2);
  entl.writeUInt16BE(id.length * 8);
  const z = createHash('sm3').update(entl).update(id).update(CURVE_FOR_Z).update(Buffer.from(publicKey.slice(2), 'hex')).digest();
  return [...createHash('sm3').update(z).update(message).digest()];
}

/** A GB/T 32918 SM2 signature of `message` (SM3 with the signer's Z value), DER-encoded as OpenSSL writes it. */
export function sm2Sign(message: Bytes, key: Sm2KeyPair, userId = DEFAULT_SM2_USER_ID): Buffer {
  const signature = sm2.doSignature(messageDigest(message, key.publicKey, userId), key.privateKey, {
    hash: false,
    der: true,
    pointPool: [freshNonce()],
  });
  return Buffer.from(signature, 'hex');
}

export function sm2Verify(message: Bytes, signature: Buffer, publicKey: string, userId = DEFAULT_SM2_USER_ID): boolean {
  if (!isSm2PublicKey(publicKey)) return false;
  return sm2.doVerifySignature(messageDigest(message, publicKey, userId), signature.toString('hex'), publicKey, { hash: false, der: true });
}
