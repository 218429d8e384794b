import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';
import type { Clearance, DB, Document } from '../../platform/db/schema.js';
import { can, type Access } from '../../platform/access/resolve.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import type { Core, Ctx } from '../../platform/context.js';
import type { Auth } from '../../platform/auth/hook.js';
import { recordAudit } from '../../platform/command.js';

/** 密级 from lowest to highest; a person's 涉密等级 uses the same scale. */
export const LEVELS: readonly Clearance[] = ['public', 'internal', 'secret', 'confidential', 'topSecret'];
/** 秘密 and above: a state secret (国家秘密), kept apart. */
export const isClassified = (level: Clearance) => LEVELS.indexOf(level) >= LEVELS.indexOf('secret');

/** Who is asking, with what they need for document decisions: their access and their clearance. */
export interface Reader {
  access: Access;
  clearance: Clearance;
}

export async function readerOf(db: Db | Tx, access: Access): Promise<Reader> {
  const person = access.personId
    ? await db.selectFrom('people').select('clearance').where('id', '=', access.personId).where('status', '=', 'active').executeTakeFirst()
    : undefined;
  return { access, clearance: person?.clearance ?? 'public' };
}

const levelsUpTo = (clearance: Clearance) => LEVELS.slice(0, LEVELS.indexOf(clearance) + 1);

/**
 * The documents a reader may open, as SQL: clearance at least the 密级, and need-to-know — the
 * drafter, anyone who has or had a task on its flow, a recipient department's registry clerk; the
 * office's registry clerks and archivists also see every document that is not a state secret.
 */
export function visibleDocuments(db: Db | Tx, reader: Reader) {
  const me = reader.access.userId;
  return (eb: ExpressionBuilder<DB, 'documents'>): Expression<SqlBool> => {
    const needToKnow: Expression<SqlBool>[] = [
      eb('documents.drafter_user_id', '=', me),
      eb(
        'documents.flow_instance_id',
        'in',
        db.selectFrom('flow_tasks').select('flow_tasks.instance_id').where((t) => t.or([t('flow_tasks.assignee_user_id', '=', me), t('flow_tasks.on_behalf_of_user_id', '=', me)])),
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

/** The document if the reader may open it; "not found" otherwise, so its existence is not revealed. */
export async function visibleDocument(db: Db | Tx, reader: Reader, id: string): Promise<Document> {
  const doc = await db.selectFrom('documents').selectAll().where('documents.id', '=', id).where(visibleDocuments(db, reader)).executeTakeFirst();
  if (!doc) throw notFound();
  return doc;
}

export const requireRegistry = (access: Access) => {
  if (!can(access, 'document.registry')) throw forbidden();
};

/** A second factor given this recently in the session opens classified documents without asking again. */
export const SECOND_FACTOR_FRESH_MS = 10 * 60_000;

/**
 * Opens a document for reading: visible to this reader, and for a state secret a second factor given
 * in the last ten minutes of this session; every open of a state secret is recorded.
 */
export async function openDocument(core: Core, ctx: Ctx, auth: Auth, id: string): Promise<Document> {
  const doc = await visibleDocument(core.db, await readerOf(core.db, auth.access), id);
  if (!isClassified(doc.secret_level)) return doc;
  const given = auth.session.second_factor_at ? Date.parse(auth.session.second_factor_at) : 0;
  if (Date.now() - given > SECOND_FACTOR_FRESH_MS) throw new AppError('SECOND_FACTOR_REQUIRED', 403, 'document.secondFactorRequired');
  await recordAudit(core, ctx, { action: 'document.open', targetType: 'document', targetId: id, summary: `查阅涉密公文（${doc.secret_level}）`, detail: { secretLevel: doc.secret_level } });
  return doc;
}
