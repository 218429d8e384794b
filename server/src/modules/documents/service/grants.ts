import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { DocumentGrantTable } from '../../../platform/db/schema.js';
import { dayNumber, localDate } from '../../../platform/calendar/index.js';
import { fromLocal } from '../../../platform/calendar/zone.js';
import { directory } from '../../../platform/directory.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { t } from '../../../platform/i18n/index.js';
import type { Access } from '../../../platform/access/resolve.js';
import { newId, nowIso } from '../../../platform/util.js';
import { clearancesOf, clearedFor, readerOf, requireSecurityOfficer, visibleDocuments } from '../policy.js';

// 知悉范围授权: the security officer gives one person need-to-know of one document, with a reason and
// an optional last day, and revokes it. Rows of source 'borrow' come from approved 借阅 (the archive).

export interface GrantInput {
  documentId: string;
  userId: string;
  reason: string;
  /** The last day it holds (YYYY-MM-DD, the unit's time zone); none: until revoked. */
  expiresOn?: string;
}

export interface GrantQuery {
  documentId?: string;
  status?: GrantStatus;
  page: number;
  pageSize: number;
}

type GrantStatus = 'active' | 'expired' | 'revoked';

const statusOf = (g: Pick<DocumentGrantTable, 'revoked_at' | 'expires_at'>, now: string): GrantStatus =>
  g.revoked_at ? 'revoked' : g.expires_at && g.expires_at <= now ? 'expired' : 'active';

/** The titles among these documents the reader may open: a list never shows the others' titles. */
async function openableTitles(db: Db | Tx, access: Access, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const reader = await readerOf(db, access);
  const rows = await db.selectFrom('documents').select(['documents.id', 'documents.title']).where('documents.id', 'in', ids).where(visibleDocuments(db, reader)).execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}

/**
 * Finds a document to grant by its 文号, 收文编号 or id: its 文号 and 密级 always, its title only
 * when the officer may open it.
 */
export async function lookupDocuments(core: Core, access: Access, q: string) {
  requireSecurityOfficer(access);
  const rows = await core.db
    .selectFrom('documents')
    .leftJoin('incoming_documents', 'incoming_documents.document_id', 'documents.id')
    .select(['documents.id', 'documents.doc_no', 'documents.direction', 'documents.secret_level', 'incoming_documents.receipt_no'])
    .where((eb) => eb.or([eb('documents.id', '=', q), eb('documents.doc_no', '=', q), eb('incoming_documents.receipt_no', '=', q)]))
    .limit(10)
    .execute();
  const titles = await openableTitles(core.db, access, rows.map((r) => r.id));
  return {
    items: rows.map((r) => ({ id: r.id, docNo: r.doc_no, receiptNo: r.receipt_no, direction: r.direction, secretLevel: r.secret_level, title: titles.get(r.id) ?? null })),
  };
}

/** Grants, newest first, overall or of one document; `status` narrows to active, expired or revoked ones. */
export async function listGrants(core: Core, access: Access, f: GrantQuery) {
  requireSecurityOfficer(access);
  const now = nowIso();
  let q = core.db.selectFrom('document_grants').innerJoin('documents', 'documents.id', 'document_grants.document_id');
  if (f.documentId) q = q.where('document_grants.document_id', '=', f.documentId);
  if (f.status === 'revoked') q = q.where('document_grants.revoked_at', 'is not', null);
  if (f.status === 'active') q = q.where('document_grants.revoked_at', 'is', null).where((eb) => eb.or([eb('document_grants.expires_at', 'is', null), eb('document_grants.expires_at', '>', now)]));
  if (f.status === 'expired') q = q.where('document_grants.revoked_at', 'is', null).where('document_grants.expires_at', '<=', now);
  const [rows, total] = await Promise.all([
    q
      .select(['document_grants.id', 'document_grants.document_id', 'document_grants.user_id', 'document_grants.source', 'document_grants.reason', 'document_grants.granted_by'])
      .select(['document_grants.granted_at', 'document_grants.expires_at', 'document_grants.revoked_at', 'documents.doc_no', 'documents.secret_level'])
      .orderBy('document_grants.granted_at', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const [names, titles] = await Promise.all([
    directory().names(core.db, [...new Set(rows.flatMap((r) => [r.user_id, r.granted_by]))]),
    openableTitles(core.db, access, [...new Set(rows.map((r) => r.document_id))]),
  ]);
  const lastDay = (expiresAt: string) => localDate(core.config.timeZone, new Date(Date.parse(expiresAt) - 1));
  const items = rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    docNo: r.doc_no,
    secretLevel: r.secret_level,
    title: titles.get(r.document_id) ?? null,
    userId: r.user_id,
    person: names.get(r.user_id) ?? '',
    source: r.source,
    reason: r.reason,
    grantedBy: names.get(r.granted_by) ?? '',
    grantedAt: r.granted_at,
    expiresOn: r.expires_at ? lastDay(r.expires_at) : null,
    revokedAt: r.revoked_at,
    status: statusOf(r, now),
  }));
  return { items, total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

/** The grant holds through its last day: it ends at the next midnight of the unit's time zone. */
const endOf = (date: string, timeZone: string) => new Date(fromLocal({ day: dayNumber(date) + 1, ms: 0 }, timeZone)).toISOString();

/** Grants need-to-know; never to someone whose clearance is below the document's 密级. */
export async function grantAccess(core: Core, ctx: Ctx, access: Access, input: GrantInput): Promise<{ id: string }> {
  requireSecurityOfficer(access);
  if (input.expiresOn && input.expiresOn < localDate(core.config.timeZone)) {
    throw invalid('GRANT_EXPIRY_PAST', 'error.validation', {}, { expiresOn: { key: 'docGrant.expiryPast' } });
  }
  return command(core, ctx, async (w) => {
    const doc = await w.tx.selectFrom('documents').select(['id', 'doc_no', 'secret_level']).where('id', '=', input.documentId).executeTakeFirst();
    if (!doc) throw notFound();
    const person = (await clearancesOf(w.tx, [input.userId])).get(input.userId);
    if (!person) throw invalid('GRANT_PERSON_UNKNOWN', 'error.validation', {}, { userId: { key: 'docGrant.personUnknown' } });
    if (!clearedFor(person.clearance, doc.secret_level)) {
      const params = { name: person.name, level: t(ctx.locale, `circulation.level.${doc.secret_level}`) };
      throw invalid('GRANT_CLEARANCE', 'docGrant.clearanceTooLow', params, { userId: { key: 'docGrant.clearanceTooLow', params } });
    }
    const id = newId();
    const expiresAt = input.expiresOn ? endOf(input.expiresOn, core.config.timeZone) : null;
    await w.tx
      .insertInto('document_grants')
      .values({ id, document_id: doc.id, user_id: input.userId, source: 'grant', reason: input.reason, granted_by: ctx.actor!.userId, granted_at: nowIso(), expires_at: expiresAt, revoked_at: null })
      .execute();
    w.audit({
      action: 'document.grant',
      targetType: 'document',
      targetId: doc.id,
      summary: `授权知悉：${person.name}，${doc.doc_no ?? ''}${input.expiresOn ? `（至 ${input.expiresOn}）` : ''}`,
      detail: { grantId: id, userId: input.userId, reason: input.reason, expiresAt },
    });
    w.emit({ type: 'document.granted', payload: { documentId: doc.id, grantId: id, userId: input.userId } });
    return { id };
  });
}

export async function revokeGrant(core: Core, ctx: Ctx, access: Access, id: string): Promise<void> {
  requireSecurityOfficer(access);
  await command(core, ctx, async (w) => {
    const grant = await w.tx.selectFrom('document_grants').selectAll().where('id', '=', id).executeTakeFirst();
    if (!grant) throw notFound();
    const updated = await w.tx.updateTable('document_grants').set({ revoked_at: nowIso() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('GRANT_REVOKED', 'docGrant.revoked');
    const names = await directory().names(w.tx, [grant.user_id]);
    w.audit({
      action: 'document.grant.revoke',
      targetType: 'document',
      targetId: grant.document_id,
      summary: `撤销知悉授权：${names.get(grant.user_id) ?? ''}`,
      detail: { grantId: id, userId: grant.user_id, source: grant.source },
    });
  });
}
