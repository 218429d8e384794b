import { z } from 'zod';
import { DEFAULT_SM2_USER_ID } from '../../../platform/crypto/index.js';

/**
 * A seal is one line appended to the PDF, followed by a repeat of the original cross-reference pointer:
 *
 *   \n%TONGBAN-SEAL-BEGIN <base64 of the JSON SealBlock> %TONGBAN-SEAL-END\nstartxref\n<N>\n%%EOF\n
 *
 * A comment is ignored by PDF readers, and the repeated `startxref`/`%%EOF` keeps the end-of-file marker
 * where readers look for it (within the last 1024 bytes) however many seals follow one another.
 */
const BEGIN = '%TONGBAN-SEAL-BEGIN';
const END = '%TONGBAN-SEAL-END';
const BLOCK = /\n%TONGBAN-SEAL-BEGIN ([A-Za-z0-9+/=]+) %TONGBAN-SEAL-END\nstartxref\n(\d+)\n%%EOF\n/g;
const STARTXREF = /startxref\s+(\d+)/g;

const attributesSchema = z
  .object({
    format: z.literal('tongban-seal/1'),
    alg: z.literal('SM2-SM3'),
    userId: z.literal(DEFAULT_SM2_USER_ID),
    signer: z.string(),
    sealId: z.string(),
    sealName: z.string(),
    unit: z.string(),
    signedAt: z.string(),
    byteLength: z.number().int().nonnegative(),
    digest: z.string().regex(/^[0-9a-f]{64}$/),
    publicKey: z.string().regex(/^04[0-9a-f]{128}$/),
  })
  .strict();

/** What the SM2 signature covers: who sealed, with which seal, when, and the SM3 digest of the bytes before. */
export type SealAttributes = z.infer<typeof attributesSchema>;

const blockSchema = attributesSchema.extend({ signature: z.string().regex(/^[A-Za-z0-9+/]+=*$/) }).strict();
export type SealBlock = z.infer<typeof blockSchema>;

/** The exact bytes signed: the attributes in a fixed order, so that re-encoding the JSON cannot change them. */
export const signedMessage = (a: SealAttributes): Buffer =>
  Buffer.from(
    JSON.stringify([a.format, a.alg, a.userId, a.signer, a.sealId, a.sealName, a.unit, a.signedAt, a.byteLength, a.digest, a.publicKey]),
    'utf8',
  );

/** The `startxref` value readers use for these bytes: the last one. */
export function lastStartXref(pdf: Buffer): number | undefined {
  let last: number | undefined;
  for (const match of pdf.toString('latin1').matchAll(STARTXREF)) last = Number(match[1]);
  return last;
}

export function encodeBlock(block: SealBlock, startXref: number): Buffer {
  const payload = Buffer.from(JSON.stringify(block), 'utf8').toString('base64');
  return Buffer.from(`\n${BEGIN} ${payload} ${END}\nstartxref\n${startXref}\n%%EOF\n`, 'latin1');
}

/** A well-formed seal line and where it lies; `block` is undefined when its content is not a valid seal. */
export interface FoundBlock {
  start: number;
  end: number;
  startXref: number;
  block: SealBlock | undefined;
}

function decode(payload: string): SealBlock | undefined {
  try {
    const parsed = blockSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function findBlocks(pdf: Buffer): { blocks: FoundBlock[]; markers: number } {
  const text = pdf.toString('latin1');
  const blocks = [...text.matchAll(BLOCK)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    startXref: Number(m[2]),
    block: decode(m[1]!),
  }));
  return { blocks, markers: text.split(BEGIN).length - 1 };
}
