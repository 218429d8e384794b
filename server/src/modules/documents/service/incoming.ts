import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Document } from '../../../platform/db/schema.js';
import { isUniqueViolation } from '../../../platform/db/unique.js';
import { directory } from '../../../platform/directory.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { Access } from '../../../platform/access/resolve.js';
import { localDate } from '../../../platform/calendar/index.js';
import { newId, nowIso } from '../../../platform/util.js';
import { startFlowIn } from '../../workflow/index.js';
import { INCOMING_FLOW_KEY } from '../incoming-flow.js';
import { KIND_TEMPLATES, type DocumentKind } from '../kinds.js';
import { LEVELS, isClassified, readerOf, requireRegistry } from '../policy.js';
import type { RegisterIncomingInput } from '../schema-incoming.js';
import { allocateNumber, listRules } from '../numbering/index.js';
import { addAttachments } from './attachments.js';
import { reindexDocument } from './search.js';
import { NOT_YET_ISSUED } from './drafts.js';

/** The 文号 rule that numbers 收文 (kinds ["incoming"]), seeded with the documents. */
export const INCOMING_RULE_KIND = 'incoming';

/** The registration that already holds this (来文单位, 来文文号), if any. */
export async function findDuplicate(db: Db | Tx, sourceUnit: string, sourceDocNo: string) {
  if (!sourceDocNo.trim()) return null;
  const row = await db
    .selectFrom('incoming_documents')
    .innerJoin('documents', 'documents.id', 'incoming_documents.document_id')
    .select(['documents.id', 'incoming_documents.receipt_no as receiptNo', 'documents.title', 'documents.secret_level', 'incoming_documents.received_on as receivedOn'])
    .where('incoming_documents.source_unit', '=', sourceUnit.trim())
    .where('incoming_documents.source_doc_no', '=', sourceDocNo.trim())
    .executeTakeFirst();
  if (!row) return null;
  const { secret_level, ...rest } = row;
  // The duplicate's 收文编号 is told to the registry; a state secret's title is not.
  return { ...rest, title: isClassified(secret_level) ? '' : rest.title };
}

export async function duplicateOf(core: Core, access: Access, sourceUnit: string, sourceDocNo: string) {
  requireRegistry(access);
  return { duplicate: await findDuplicate(core.db, sourceUnit, sourceDocNo) };
}

/** A copy our own 分发 sent to one of the caller's departments, with the sent document. */
async function ownCopy(db: Db | Tx, access: Access, distributionId: string) {
  const row = await db
    .selectFrom('document_distributions')
    .innerJoin('documents', 'documents.id', 'document_distributions.document_id')
    .select(['document_distributions.id', 'document_distributions.department_id', 'document_distributions.status', 'documents.id as documentId'])
    .where('document_distributions.id', '=', distributionId)
    .executeTakeFirst();
  if (!row || !row.department_id || !access.departmentIds.includes(row.department_id) || row.status === 'recalled') throw notFound();
  const doc = await db.selectFrom('documents').selectAll().where('id', '=', row.documentId).executeTakeFirstOrThrow();
  return { copy: row, doc };
}

/** 登记 an electronic arrival from our own 分发: the form comes filled in from the sent document. */
export async function prefillFromDistribution(core: Core, access: Access, distributionId: string) {
  requireRegistry(access);
  const { doc } = await ownCopy(core.db, access, distributionId);
  return {
    title: doc.title,
    sourceUnit: doc.issuer,
    sourceDocNo: doc.doc_no ?? '',
    secretLevel: doc.secret_level,
    secretTerm: doc.secret_term,
    urgency: doc.urgency,
    copies: 1,
    kind: doc.kind,
    formalPdfFileId: doc.formal_pdf_file_id,
  };
}

const flowTitle = (title: string, level: Document['secret_level']) => (isClassified(level) ? '收文（涉密）' : `收文：${title}`);

/**
 * 登记: a registry clerk records a received document — it gets the next 收文编号, its scans, and its
 * 收文 flow (拟办 next). The same 来文单位 and 来文文号 cannot be registered twice (unique in the database).
 */
export async function registerIncoming(core: Core, ctx: Ctx, access: Access, input: RegisterIncomingInput): Promise<{ id: string; receiptNo: string }> {
  requireRegistry(access);
  const actor = ctx.actor!;
  const sourceUnit = input.sourceUnit.trim();
  const sourceDocNo = input.sourceDocNo.trim();
  try {
    return await command(core, ctx, async (w) => {
      const me = await directory().user(w.tx, actor.userId);
      if (!me?.departmentId) throw forbidden('document.noDepartment');
      const reader = await readerOf(w.tx, access);
      if (LEVELS.indexOf(input.secretLevel) > LEVELS.indexOf(reader.clearance)) {
        throw invalid('DOCUMENT_ABOVE_CLEARANCE', 'error.validation', {}, { secretLevel: { key: 'document.aboveClearance' } });
      }
      const duplicate = await findDuplicate(w.tx, sourceUnit, sourceDocNo);
      if (duplicate) throw conflict('INCOMING_DUPLICATE', 'incoming.duplicate', { receiptNo: duplicate.receiptNo });
      const copy = input.distributionId ? await ownCopy(w.tx, access, input.distributionId) : undefined;
      const rule = (await listRules(w.tx)).find((r) => r.active && r.kinds.includes(INCOMING_RULE_KIND));
      if (!rule) throw invalid('INCOMING_RULE_MISSING', 'incoming.ruleMissing');
      const id = newId();
      const now = nowIso();
      const receivedOn = input.receivedOn ?? localDate(core.config.timeZone);
      const receipt = await allocateNumber(w.tx, { ruleId: rule.id, year: Number(receivedOn.slice(0, 4)), userId: actor.userId, documentId: id });
      await w.tx
        .insertInto('documents')
        .values({
          id,
          direction: 'incoming',
          kind: input.kind,
          title: input.title,
          main_to: '',
          copy_to: '[]',
          secret_level: input.secretLevel,
          secret_term: input.secretTerm,
          urgency: input.urgency,
          drafter_user_id: actor.userId,
          drafter_department_id: me.departmentId,
          phone: '',
          countersign_department_ids: '[]',
          countersign_mode: 'parallel',
          copies: input.copies,
          issuer: sourceUnit,
          note: input.note,
          body_html: '',
          revision: 1,
          number_rule_id: rule.id,
          doc_no: null,
          ...NOT_YET_ISSUED,
          issue_date: receivedOn,
          status: 'registered',
          created_at: now,
          updated_at: now,
        })
        .execute();
      await w.tx
        .insertInto('incoming_documents')
        .values({
          document_id: id,
          receipt_no: receipt.number,
          source_unit: sourceUnit,
          source_doc_no: sourceDocNo,
          received_on: receivedOn,
          pages: input.pages,
          distribution_id: copy?.copy.id ?? null,
          registered_by: actor.userId,
          registered_at: now,
          handling_department_id: null,
          deadline: null,
          supervised: 0,
          result: '',
          concluded_by: null,
          concluded_at: null,
        })
        .execute();
      if (copy && copy.copy.status === 'sent') {
        // Registering an electronic arrival signs for it (登记即签收).
        await w.tx.updateTable('document_distributions').set({ status: 'signed', signed_by: actor.userId, signed_at: now }).where('id', '=', copy.copy.id).where('status', '=', 'sent').execute();
      }
      const trusted = copy?.doc.formal_pdf_file_id && !isClassified(copy.doc.secret_level) ? [copy.doc.formal_pdf_file_id] : [];
      await addAttachments(core, w.tx, { documentId: id, userId: actor.userId, role: 'scan', fileIds: input.scanFileIds, trusted });
      const flow = await startFlowIn(core, w, ctx, { definitionKey: INCOMING_FLOW_KEY, title: flowTitle(input.title, input.secretLevel), form: {}, businessType: 'incomingDocument', businessId: id });
      await w.tx.updateTable('documents').set({ flow_instance_id: flow.id }).where('id', '=', id).execute();
      await reindexDocument(w.tx, core.dialect, id);
      w.audit({
        action: 'document.incoming.register',
        targetType: 'document',
        targetId: id,
        summary: `收文登记：${receipt.number}（${KIND_TEMPLATES[input.kind as DocumentKind]?.name ?? input.kind}）`,
        detail: { receiptNo: receipt.number, sourceUnit, sourceDocNo, distributionId: input.distributionId ?? null },
      });
      return { id, receiptNo: receipt.number };
    });
  } catch (error) {
    // Two clerks registering the same 来文 at once: the unique index decides, the loser is told which 收文编号 has it.
    if (!isUniqueViolation(error)) throw error;
    const duplicate = await findDuplicate(core.db, sourceUnit, sourceDocNo);
    if (duplicate) throw conflict('INCOMING_DUPLICATE', 'incoming.duplicate', { receiptNo: duplicate.receiptNo });
    throw error;
  }
}
