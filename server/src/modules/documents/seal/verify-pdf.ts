import { sm2Verify, sm3Hex } from '../../../platform/crypto/index.js';
import { findBlocks, lastStartXref, signedMessage, type FoundBlock, type SealBlock } from './signature-block.js';

/** A seal of this system's register, found by its public key. */
export interface RegisteredSeal {
  sealName: string;
  unit: string;
}
export type SealLookup = (publicKeyHex: string) => Promise<RegisteredSeal | undefined>;

export interface SealCheck {
  /** `intact`: the bytes before the seal and its attributes are exactly what the key signed. */
  status: 'intact' | 'altered';
  signer: string;
  sealId: string;
  sealName: string;
  unit: string;
  signedAt: string;
  digest: string;
  publicKey: string;
  /** Undefined when the key belongs to no seal registered here: the signature then proves integrity only. */
  registered: RegisteredSeal | undefined;
}

export interface PdfVerification {
  status: 'intact' | 'altered' | 'unsigned';
  /** In the order applied. */
  seals: SealCheck[];
  /** Bytes that follow a seal without being covered by a later one: content added after sealing. */
  unsealedBytes: number;
  /** Seal lines that cannot be read at all. */
  damagedSeals: number;
}

function isIntact(pdf: Buffer, found: FoundBlock, block: SealBlock): boolean {
  const before = pdf.subarray(0, found.start);
  return (
    block.byteLength === found.start &&
    // The pointer after the seal is not signed, so it must be the one the signed bytes end with.
    found.startXref === lastStartXref(before) &&
    sm3Hex(before) === block.digest &&
    sm2Verify(signedMessage(block), Buffer.from(block.signature, 'base64'), block.publicKey)
  );
}

/**
 * Checks every seal of `pdf`. The embedded public key is what each signature is checked against;
 * `lookupSeal` says whether that key belongs to a seal registered in this system.
 */
export async function verifyPdf(pdf: Buffer, lookupSeal: SealLookup): Promise<PdfVerification> {
  const { blocks, markers } = findBlocks(pdf);
  if (markers === 0) return { status: 'unsigned', seals: [], unsealedBytes: 0, damagedSeals: 0 };
  const seals: SealCheck[] = [];
  let unsealedBytes = 0;
  blocks.forEach((found, i) => {
    unsealedBytes += (blocks[i + 1]?.start ?? pdf.length) - found.end;
  });
  for (const found of blocks) {
    const block = found.block;
    if (!block) continue;
    seals.push({
      status: isIntact(pdf, found, block) ? 'intact' : 'altered',
      signer: block.signer,
      sealId: block.sealId,
      sealName: block.sealName,
      unit: block.unit,
      signedAt: block.signedAt,
      digest: block.digest,
      publicKey: block.publicKey,
      registered: await lookupSeal(block.publicKey),
    });
  }
  const damagedSeals = markers - seals.length;
  const intact = seals.length > 0 && damagedSeals === 0 && unsealedBytes === 0 && seals.every((s) => s.status === 'intact');
  return { status: intact ? 'intact' : 'altered', seals, unsealedBytes, damagedSeals };
}
