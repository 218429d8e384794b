import {
  DEFAULT_SM2_USER_ID,
  sm2PrivateKeyFromPem,
  sm2Sign,
  sm3Hex,
  type Sm2KeyPair,
} from '../../../platform/crypto/index.js';
import { encodeBlock, lastStartXref, signedMessage, type SealAttributes } from './signature-block.js';

export interface PdfSigner {
  /** The seal's SM2 key pair (hex), or its private key as PKCS#8 PEM. */
  key: Sm2KeyPair | string;
  /** The person applying the seal. */
  signer: string;
  seal: { id: string; name: string; unit: string };
}

/**
 * Appends an SM2 seal covering every byte of `pdf`, earlier seals included, so that seals chain: a
 * countersignature covers the first seal too.
 */
export function signPdf(pdf: Buffer, signer: PdfSigner, signedAt: Date = new Date()): Buffer {
  const startXref = pdf.subarray(0, 5).toString('latin1') === '%PDF-' ? lastStartXref(pdf) : undefined;
  if (startXref === undefined) throw new Error('not a PDF file');
  const key = typeof signer.key === 'string' ? sm2PrivateKeyFromPem(signer.key) : signer.key;
  const attributes: SealAttributes = {
    format: 'tongban-seal/1',
    alg: 'SM2-SM3',
    userId: DEFAULT_SM2_USER_ID,
    signer: signer.signer,
    sealId: signer.seal.id,
    sealName: signer.seal.name,
    unit: signer.seal.unit,
    signedAt: signedAt.toISOString(),
    byteLength: pdf.length,
    digest: sm3Hex(pdf),
    publicKey: key.publicKey.toLowerCase(),
  };
  const signature = sm2Sign(signedMessage(attributes), key).toString('base64');
  return Buffer.concat([pdf, encodeBlock({ ...attributes, signature }, startXref)]);
}
