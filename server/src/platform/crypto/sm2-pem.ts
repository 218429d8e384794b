import { isSm2PublicKey, sm2PublicKeyOf, type Sm2KeyPair } from './sm2.js';

// AlgorithmIdentifier { id-ecPublicKey 1.2.840.10045.2.1, sm2 1.2.156.10197.1.301 }, as OpenSSL 3 writes it.
const SM2_ALGORITHM = '301306072a8648ce3d020106082a811ccf5501822d';
// The fixed DER around a 65-byte uncompressed point (SubjectPublicKeyInfo) and a 32-byte scalar (PKCS#8
// PrivateKeyInfo holding an RFC 5915 ECPrivateKey with its public key): every SM2 key has these lengths.
const SPKI_HEAD = Buffer.from(`3059${SM2_ALGORITHM}034200`, 'hex');
const PKCS8_HEAD = Buffer.from(`308187020100${SM2_ALGORITHM}046d306b0201010420`, 'hex');
const PKCS8_PUBLIC_KEY_HEAD = Buffer.from('a144034200', 'hex');

const toPem = (label: string, der: Buffer): string =>
  `-----BEGIN ${label}-----\n${der.toString('base64').replace(/.{1,64}/g, '$&\n')}-----END ${label}-----\n`;

function fromPem(label: string, pem: string): Buffer {
  const match = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(pem);
  if (!match) throw new Error(`not a PEM "${label}"`);
  return Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64');
}

/** One DER element: its tag and where its contents lie in the buffer. */
interface Tlv {
  tag: number;
  start: number;
  end: number;
}

function readTlv(der: Buffer, at: number): Tlv {
  const tag = der[at];
  let length = der[at + 1];
  let start = at + 2;
  if (tag === undefined || length === undefined) throw new Error('truncated DER');
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets < 1 || octets > 3) throw new Error('unsupported DER length');
    length = der.readUIntBE(start, octets);
    start += octets;
  }
  if (start + length > der.length) throw new Error('truncated DER');
  return { tag, start, end: start + length };
}

function children(der: Buffer, parent: Tlv): Tlv[] {
  const list: Tlv[] = [];
  for (let at = parent.start; at < parent.end; at = list[list.length - 1]!.end) list.push(readTlv(der, at));
  return list;
}

export const sm2PublicKeyToPem = (publicKey: string): string =>
  toPem('PUBLIC KEY', Buffer.concat([SPKI_HEAD, Buffer.from(publicKey, 'hex')]));

export function sm2PublicKeyFromPem(pem: string): string {
  const der = fromPem('PUBLIC KEY', pem);
  if (der.length !== SPKI_HEAD.length + 65 || !der.subarray(0, SPKI_HEAD.length).equals(SPKI_HEAD)) {
    throw new Error('not an uncompressed SM2 public key');
  }
  const publicKey = der.subarray(SPKI_HEAD.length).toString('hex');
  if (!isSm2PublicKey(publicKey)) throw new Error('the point is not on the SM2 curve');
  return publicKey;
}

export const sm2PrivateKeyToPem = (key: Sm2KeyPair): string =>
  toPem('PRIVATE KEY', Buffer.concat([PKCS8_HEAD, Buffer.from(key.privateKey, 'hex'), PKCS8_PUBLIC_KEY_HEAD, Buffer.from(key.publicKey, 'hex')]));

/** Reads an unencrypted PKCS#8 SM2 key (what `openssl genpkey -algorithm SM2` writes); the public key is recomputed. */
export function sm2PrivateKeyFromPem(pem: string): Sm2KeyPair {
  const der = fromPem('PRIVATE KEY', pem);
  const [version, algorithm, wrapped] = children(der, readTlv(der, 0));
  if (!version || !algorithm || !wrapped || der.subarray(algorithm.start - 2, algorithm.end).toString('hex') !== SM2_ALGORITHM) {
    throw new Error('not an SM2 private key');
  }
  const [, scalar] = children(der, readTlv(der, wrapped.start));
  if (!scalar || scalar.tag !== 0x04 || scalar.end - scalar.start > 32) throw new Error('malformed SM2 private key');
  const privateKey = der.subarray(scalar.start, scalar.end).toString('hex').padStart(64, '0');
  return { privateKey, publicKey: sm2PublicKeyOf(privateKey) };
}
