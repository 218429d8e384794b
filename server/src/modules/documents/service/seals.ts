import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { forbidden, notFound } from '../../../platform/errors.js';
import { can, type Access } from '../../../platform/access/resolve.js';
import { decryptSm4, encryptSm4, generateSm2KeyPair, masterKeyOf, sm2PublicKeyOf } from '../../../platform/crypto/index.js';
import { newId, nowIso, parseJson } from '../../../platform/util.js';
import { sealSvg, verifyPdf, type SealLookup, type SealSpec, type FontFile, type PdfSigner } from '../seal/index.js';
import { blobStore, visibleFileIds } from '../../../platform/files/files.js';

/** The face the generated seals' characters are drawn from (as outlines, so no font is needed to show them). */
export const SEAL_FONT: FontFile = { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', postscriptName: 'NotoSerifCJKsc-Bold' };

export interface SealInput {
  /** The seal's name in the register, e.g. 公章. */
  name: string;
  /** The unit's full name, set along the arc. */
  unit: string;
  /** Printed under the star, e.g. 公文专用章; a unit's 公章 has none. */
  caption?: string;
}

/** A unit seal: its picture is generated, its SM2 key pair made here; the private key is kept SM4-encrypted. */
export async function createSeal(core: Core, ctx: Ctx, access: Access | null, input: SealInput): Promise<{ id: string }> {
  if (access && !can(access, 'seal.manage')) throw forbidden();
  const keys = generateSm2KeyPair();
  const sealed = encryptSm4(Buffer.from(keys.privateKey, 'hex'), masterKeyOf(core.config)).toString('base64');
  return command(core, ctx, async (w) => {
    const id = newId();
    const spec: SealSpec = { unitName: input.unit, ...(input.caption ? { caption: input.caption } : {}) };
    await w.tx
      .insertInto('seals')
      .values({ id, name: input.name, unit: input.unit, kind: 'generated', spec: JSON.stringify(spec), image_file_id: null, public_key: keys.publicKey, private_key: sealed, active: 1, created_by: ctx.actor?.userId ?? 'system', created_at: nowIso() })
      .execute();
    w.audit({ action: 'seal.create', targetType: 'seal', targetId: id, summary: `制作电子印章：${input.unit}${input.name}`, detail: { publicKey: keys.publicKey } });
    return { id };
  });
}

/** Seals in use: for the security officer, and for the 文书 who chooses one at 用印. */
export async function listSeals(core: Core, access: Access) {
  if (!can(access, 'seal.manage') && !can(access, 'document.registry')) throw forbidden();
  const rows = await core.db.selectFrom('seals').select(['id', 'name', 'unit', 'public_key as publicKey', 'active', 'created_at as createdAt']).orderBy('created_at').execute();
  return { items: rows.map((r) => ({ ...r, active: r.active === 1 })) };
}

export async function sealPicture(core: Core, access: Access, id: string): Promise<string> {
  if (!can(access, 'seal.manage') && !can(access, 'document.registry')) throw forbidden();
  const row = await core.db.selectFrom('seals').select('spec').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return sealSvg(parseJson<SealSpec>(row.spec, { unitName: '' }), SEAL_FONT);
}

/** The seal's spec and signing key, to stamp and sign a formal document. */
export async function sealForSigning(core: Core, db: Db | Tx, sealId: string, signerName: string): Promise<{ spec: SealSpec; signer: PdfSigner }> {
  const row = await db.selectFrom('seals').selectAll().where('id', '=', sealId).where('active', '=', 1).executeTakeFirst();
  if (!row) throw notFound();
  const privateKey = decryptSm4(Buffer.from(row.private_key, 'base64'), masterKeyOf(core.config)).toString('hex');
  if (sm2PublicKeyOf(privateKey) !== row.public_key) throw new Error(`seal ${sealId}: key pair does not match`);
  return {
    spec: parseJson<SealSpec>(row.spec, { unitName: row.unit }),
    signer: { key: { privateKey, publicKey: row.public_key }, signer: signerName, seal: { id: row.id, name: row.name, unit: row.unit } },
  };
}

/** Tells verification whether a signing key belongs to a seal registered here. */
export const registeredSeals = (db: Db | Tx): SealLookup => async (publicKey) => {
  const row = await db.selectFrom('seals').select(['name', 'unit']).where('public_key', '=', publicKey).executeTakeFirst();
  return row ? { sealName: row.name, unit: row.unit } : undefined;
};

/** Checks the seals of a PDF someone uploaded (or any file they may see): intact, altered or unsealed, and by whom. */
export async function verifyFile(core: Core, access: Access, fileId: string) {
  if (!(await visibleFileIds(core.db, access, [fileId])).has(fileId)) throw notFound();
  const file = await core.db.selectFrom('files').select('sha').where('id', '=', fileId).executeTakeFirstOrThrow();
  const result = await verifyPdf(await blobStore(core).readAll(file.sha), registeredSeals(core.db));
  return {
    status: result.status,
    seals: result.seals.map((s) => ({ status: s.status, signer: s.signer, sealName: s.sealName, unit: s.unit, signedAt: s.signedAt, registered: !!s.registered })),
  };
}
