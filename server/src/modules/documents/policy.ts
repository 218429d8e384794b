import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';
import type { Clearance, DB, Document } from '../../platform/db/schema.js';
import { can, type Access } from '../../platform/access/resolve.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import type { Core, Ctx } from '../../platform/context.js';
import type { Auth } from '../../platform/auth/hook.js';
import { command, recordAudit } from '../../platform/command.js';
import { fromApprovedTerminal } from './service/terminal-ranges.js';
import { LEVELS, isClassified, readerOf, SECOND_FACTOR_FRESH_MS, type Reader } from '../../platform/access/clearance.js';

export { LEVELS, isClassified, readerOf, clearedFor, clearancesOf, SECOND_FACTOR_FRESH_MS, type Reader } from '../../platform/access/clearance.js';
const levelsUpTo = (clearance: Clearance) => LEVELS.slice(0, LEVELS.indexOf(clearance) + 1);

/**
 * The documents a reader may open, as SQL: clearance at least the 密级, and need-to-know — the
 * drafter, anyone who has or had a task on its flow, a recipient department's registry clerk, a
 * reader a 传阅 has reached, anyone holding an active grant (by the security officer or an approved
 * 借阅); the office's registry clerks and archivists also see every document that is not a state secret.
 */
export function visibleDocuments(db: Db | Tx, reader: Reader) {
  const me = reader.access.userId;
  const now = new Date().toISOString();
  return (eb: ExpressionBuilder<DB, 'documents'>): Expression<SqlBool> => {
    const needToKnow: Expression<SqlBool>[] = [
      eb('documents.drafter_user_id', '=', me),
      eb(
        'documents.flow_instance_id',
        'in',
        db.selectFrom('flow_tasks').select('flow_tasks.instance_id').where((t) => t.or([t('flow_tasks.assignee_user_id', '=', me), t('flow_tasks.on_behalf_of_user_id', '=', me)])),
      ),
      eb(
        'documents.id',
        'in',
        db
          .selectFrom('circulation_readers')
          .innerJoin('circulations', 'circulations.id', 'circulation_readers.circulation_id')
          .select('circulations.document_id')
          .where('circulation_readers.user_id', '=', me)
          .where('circulation_readers.status', '!=', 'waiting'),
      ),
      eb(
        'documents.id',
        'in',
        db
          .selectFrom('document_grants')
          .select('document_grants.document_id')
          .where('document_grants.user_id', '=', me)
          .where('document_grants.revoked_at', 'is', null)
          .where((g) => g.or([g('document_grants.expires_at', 'is', null), g('document_grants.expires_at', '>', now)])),
      ),
    ];
    if (can(reader.access, 'document.registry') && reader.access.departmentIds.length) {
      needToKnow.push(
        eb(
          'documents.id',
          'in',
          db
            .selectFrom('document_distributions')
            .select('document_distributions.document_id')
            .where('document_distributions.department_id', 'in', reader.access.departmentIds)
            .where('document_distributions.status', '!=', 'recalled'),
        ),
      );
    }
    if (can(reader.access, 'document.registry') || can(reader.access, 'document.archive')) {
      needToKnow.push(eb('documents.secret_level', 'in', ['public', 'internal']));
    }
    return eb.and([eb('documents.secret_level', 'in', levelsUpTo(reader.clearance)), eb.or(needToKnow)]);
  };
}

/**
 * The reader as lists and searches see them: away from a terminal approved for 机密 and 绝密, nothing
 * above 秘密 is listed, titled or counted, since none of it could be opened from here.
 */
export async function listingReader(db: Db | Tx, access: Access, ip: string): Promise<Reader> {
  const reader = await readerOf(db, access);
  if (!needsApprovedTerminal(reader.clearance) || (await fromApprovedTerminal(db, ip))) return reader;
  return { ...reader, clearance: 'secret' };
}

/** Documents whose flow has a task waiting for this person (or for someone they stand in for): the 待我办理 box. */
export const waitingOn = (userId: string) => (eb: ExpressionBuilder<DB, 'documents'>): Expression<SqlBool> =>
  eb(
    'documents.flow_instance_id',
    'in',
    eb
      .selectFrom('flow_tasks')
      .select('flow_tasks.instance_id')
      .where('flow_tasks.status', '=', 'pending')
      .where((t) => t.or([t('flow_tasks.assignee_user_id', '=', userId), t('flow_tasks.on_behalf_of_user_id', '=', userId)])),
  );

/** The document if the reader may open it; "not found" otherwise, so its existence is not revealed. */
export async function visibleDocument(db: Db | Tx, reader: Reader, id: string): Promise<Document> {
  const doc = await db.selectFrom('documents').selectAll().where('documents.id', '=', id).where(visibleDocuments(db, reader)).executeTakeFirst();
  if (!doc) throw notFound();
  return doc;
}

export const requireRegistry = (access: Access) => {
  if (!can(access, 'document.registry')) throw forbidden();
};

/** Need-to-know grants and approved terminals are the security officer's. */
export const requireSecurityOfficer = (access: Access) => {
  if (!can(access, 'document.security')) throw forbidden();
};

/** 机密 and 绝密 open only on an approved terminal. */
export const needsApprovedTerminal = (level: Clearance) => LEVELS.indexOf(level) >= LEVELS.indexOf('confidential');

/**
 * Whether this request may see a visible document's content: for 机密 and above only from an address
 * the security officer approved (a refusal is a security alert), for a state secret a second factor
 * given in the last ten minutes of this session.
 */
export async function requireOpenable(core: Core, ctx: Ctx, auth: Auth, doc: Document): Promise<void> {
  if (!isClassified(doc.secret_level)) return;
  if (needsApprovedTerminal(doc.secret_level) && !(await fromApprovedTerminal(core.db, ctx.ip))) {
    await command(core, ctx, async (w) => {
      const detail = { secretLevel: doc.secret_level, ip: ctx.ip };
      w.audit({ action: 'security.alert.terminalRefused', targetType: 'document', targetId: doc.id, summary: `非涉密终端查阅机密级以上公文被拒绝（${ctx.ip}）`, outcome: 'failure', detail });
      w.emit({ type: 'security.alert.terminalRefused', payload: { documentId: doc.id, userId: auth.user.id, ...detail } });
    });
    throw new AppError('TERMINAL_NOT_APPROVED', 403, 'terminal.notApproved', { ip: ctx.ip });
  }
  const given = auth.session.second_factor_at ? Date.parse(auth.session.second_factor_at) : 0;
  if (Date.now() - given > SECOND_FACTOR_FRESH_MS) throw new AppError('SECOND_FACTOR_REQUIRED', 403, 'document.secondFactorRequired');
}

/** Opens a document for reading: visible to this reader and openable from here; every open of a state secret is recorded. */
export async function openDocument(core: Core, ctx: Ctx, auth: Auth, id: string): Promise<Document> {
  const doc = await visibleDocument(core.db, await readerOf(core.db, auth.access), id);
  if (!isClassified(doc.secret_level)) return doc;
  await requireOpenable(core, ctx, auth, doc);
  await recordAudit(core, ctx, { action: 'document.open', targetType: 'document', targetId: id, summary: `查阅涉密公文（${doc.secret_level}）`, detail: { secretLevel: doc.secret_level } });
  return doc;
}
