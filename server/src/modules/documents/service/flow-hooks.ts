import { invalid } from '../../../platform/errors.js';
import { nowIso } from '../../../platform/util.js';
import type { DocumentStatus } from '../../../platform/db/schema.js';
import type { TaskActionEvent } from '../../workflow/index.js';
import type { StepPurpose } from '../flow.js';
import { reindexDocument } from './search.js';

/** What must be done on the document before a step of that purpose can be completed. */
const REQUIRED: Partial<Record<StepPurpose, { column: 'doc_no' | 'sealed_at' | 'distributed_at' | 'archived_at'; field: string; key: 'document.numberMissing' | 'document.formalMissing' | 'document.notDistributed' | 'document.notArchived' }>> = {
  number: { column: 'doc_no', field: 'docNo', key: 'document.numberMissing' },
  layout: { column: 'sealed_at', field: 'formal', key: 'document.formalMissing' },
  distribute: { column: 'distributed_at', field: 'distribution', key: 'document.notDistributed' },
  archive: { column: 'archived_at', field: 'archive', key: 'document.notArchived' },
};

/**
 * The 发文 flow's tasks, seen by the document in the same transaction: 签发 records the signer and
 * their opinion; 编号, 用印排版, 分发 and 归档 cannot be completed before their work is done; a
 * rejection ends the document.
 */
export async function onDocumentTask(e: TaskActionEvent): Promise<void> {
  const documentId = e.instance.business_id;
  if (!documentId) return;
  const purpose = e.step.purpose as StepPurpose | undefined;
  const now = nowIso();
  const set = async (status: DocumentStatus, extra: Record<string, string | null> = {}) => {
    await e.tx.updateTable('documents').set({ status, updated_at: now, ...extra }).where('id', '=', documentId).execute();
    await reindexDocument(e.tx, e.dialect, documentId);
  };

  if (e.action === 'reject') return void (await set('withdrawn'));
  if (e.action !== 'approve' || !purpose) return;
  const required = REQUIRED[purpose];
  if (required) {
    const doc = await e.tx.selectFrom('documents').select(required.column).where('id', '=', documentId).executeTakeFirstOrThrow();
    if (!doc[required.column]) throw invalid('DOCUMENT_STEP_NOT_DONE', 'error.validation', {}, { [required.field]: { key: required.key } });
  }
  if (purpose === 'signoff') {
    await set('signed', { signer_user_id: e.ctx.actor?.userId ?? null, signed_at: now, sign_opinion: e.opinion, issue_date: now.slice(0, 10) });
  }
}
