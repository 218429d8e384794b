import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Document, DocumentTable } from '../../../platform/db/schema.js';
import { directory } from '../../../platform/directory.js';
import { conflict, forbidden, invalid } from '../../../platform/errors.js';
import type { Access } from '../../../platform/access/resolve.js';
import { newId, nowIso } from '../../../platform/util.js';
import { openTasksOf, resubmitFlowIn, startFlowIn, type OpenTask } from '../../workflow/index.js';
import { sanitizeBody } from '../body.js';
import { OUTGOING_FLOW_KEY } from '../flow.js';
import { KIND_TEMPLATES, type DocumentKind } from '../kinds.js';
import { LEVELS, isClassified, readerOf, visibleDocument, type Reader } from '../policy.js';
import type { CreateInput, DraftFields, SaveInput } from '../schema.js';
import { reindexDocument } from './search.js';

const actorOf = (ctx: Ctx) => {
  if (!ctx.actor) throw forbidden();
  return ctx.actor;
};

/** The unit's name (the root department): the default 落款. */
async function unitName(db: Db | Tx): Promise<string> {
  const root = await db.selectFrom('departments').select('name').where('parent_id', 'is', null).orderBy('sort_order').executeTakeFirst();
  return root?.name ?? '';
}

function refuseAboveClearance(reader: Reader, level: Document['secret_level'] | undefined) {
  if (level && LEVELS.indexOf(level) > LEVELS.indexOf(reader.clearance)) {
    throw invalid('DOCUMENT_ABOVE_CLEARANCE', 'error.validation', {}, { secretLevel: { key: 'document.aboveClearance' } });
  }
}

/** The columns a save of the 稿纸's fields changes. */
async function columnsOf(fields: DraftFields): Promise<Partial<DocumentTable>> {
  const set: Partial<DocumentTable> = {};
  if (fields.title !== undefined) set.title = fields.title;
  if (fields.mainTo !== undefined) set.main_to = fields.mainTo;
  if (fields.copyTo !== undefined) set.copy_to = JSON.stringify(fields.copyTo);
  if (fields.secretLevel !== undefined) set.secret_level = fields.secretLevel;
  if (fields.secretTerm !== undefined) set.secret_term = fields.secretTerm;
  if (fields.urgency !== undefined) set.urgency = fields.urgency;
  if (fields.phone !== undefined) set.phone = fields.phone;
  if (fields.countersignDepartmentIds !== undefined) set.countersign_department_ids = JSON.stringify([...new Set(fields.countersignDepartmentIds)]);
  if (fields.countersignMode !== undefined) set.countersign_mode = fields.countersignMode;
  if (fields.copies !== undefined) set.copies = fields.copies;
  if (fields.issuer !== undefined) set.issuer = fields.issuer;
  if (fields.note !== undefined) set.note = fields.note;
  if (fields.body !== undefined) set.body_html = await sanitizeBody(fields.body);
  return set;
}

async function addRevision(tx: Tx, doc: Pick<Document, 'id' | 'title' | 'body_html'>, revision: number, authorId: string, stepName: string, at: string) {
  await tx
    .insertInto('document_revisions')
    .values({ id: newId(), document_id: doc.id, revision, title: doc.title, body_html: doc.body_html, author_user_id: authorId, step_name: stepName, created_at: at })
    .execute();
}

/** What a new document has not had yet: a signer, its formal files and seal, distribution, archiving, a flow. */
export const NOT_YET_ISSUED = {
  signer_user_id: null,
  signed_at: null,
  sign_opinion: null,
  flow_instance_id: null,
  formal_pdf_file_id: null,
  formal_docx_file_id: null,
  seal_id: null,
  sealed_at: null,
  distributed_at: null,
  archived_at: null,
} as const;

/** A new 发文 draft from its kind's template, with the drafter, their department and the unit filled in. */
export async function createDocument(core: Core, ctx: Ctx, access: Access, input: CreateInput): Promise<{ id: string }> {
  const actor = actorOf(ctx);
  return command(core, ctx, async (w) => {
    const me = await directory().user(w.tx, actor.userId);
    if (!me?.departmentId) throw forbidden('document.noDepartment');
    refuseAboveClearance(await readerOf(w.tx, access), input.secretLevel);
    const template = KIND_TEMPLATES[input.kind as DocumentKind];
    const now = nowIso();
    const doc: Document = {
      id: newId(),
      direction: 'outgoing',
      kind: input.kind,
      title: template.title,
      main_to: template.mainTo,
      copy_to: '[]',
      secret_level: 'public',
      secret_term: '',
      urgency: '',
      drafter_user_id: actor.userId,
      drafter_department_id: me.departmentId,
      phone: '',
      countersign_department_ids: '[]',
      countersign_mode: 'parallel',
      copies: 1,
      issuer: await unitName(w.tx),
      note: template.note,
      body_html: template.body,
      revision: 1,
      number_rule_id: null,
      doc_no: null,
      ...NOT_YET_ISSUED,
      issue_date: null,
      status: 'draft',
      created_at: now,
      updated_at: now,
      ...(await columnsOf(input)),
    };
    await w.tx.insertInto('documents').values(doc).execute();
    await addRevision(w.tx, doc, 1, actor.userId, '拟稿', now);
    await reindexDocument(w.tx, core.dialect, doc.id);
    w.audit({ action: 'document.create', targetType: 'document', targetId: doc.id, summary: `拟稿：${template.name}`, detail: { kind: input.kind } });
    return { id: doc.id };
  });
}

/**
 * Who may change the text now: the drafter while it is a draft or returned to them, and whoever
 * holds a 核稿 or 签发 task on it. Everyone else reads.
 */
export async function editorStep(db: Db | Tx, doc: Document, userId: string): Promise<string | null> {
  const tasks = doc.flow_instance_id && doc.status === 'reviewing' ? await openTasksOf(db, doc.flow_instance_id, userId) : [];
  return editingStepOf(doc, userId, tasks);
}

/** The same, from the person's open tasks on the document's flow when the caller has them already. */
export function editingStepOf(doc: Document, userId: string, tasks: OpenTask[]): string | null {
  if (doc.status === 'draft' && doc.drafter_user_id === userId && !doc.flow_instance_id) return '拟稿';
  if (doc.status !== 'reviewing') return null;
  const editing = tasks.find((t) => t.kind === 'start' || t.purpose === 'review' || t.purpose === 'signoff');
  return editing ? editing.stepName : null;
}

/** Saves the 稿纸; a changed title or body becomes the next revision, with its author and step (修改痕迹). */
export async function saveDocument(core: Core, ctx: Ctx, access: Access, id: string, input: SaveInput): Promise<{ revision: number }> {
  const actor = actorOf(ctx);
  return command(core, ctx, async (w) => {
    const reader = await readerOf(w.tx, access);
    const doc = await visibleDocument(w.tx, reader, id);
    const step = await editorStep(w.tx, doc, actor.userId);
    if (!step) throw forbidden('document.notEditable', 'DOCUMENT_NOT_EDITABLE');
    if (input.baseRevision !== doc.revision) throw conflict('DOCUMENT_STALE', 'document.stale');
    refuseAboveClearance(reader, input.secretLevel);
    const { baseRevision: _, ...fields } = input;
    const set = await columnsOf(fields);
    const next = { ...doc, ...set };
    const textChanged = next.title !== doc.title || next.body_html !== doc.body_html;
    const now = nowIso();
    const revision = textChanged ? doc.revision + 1 : doc.revision;
    // The revision guard in the WHERE makes two concurrent saves of one revision settle in the database.
    const updated = await w.tx
      .updateTable('documents')
      .set({ ...set, revision, updated_at: now })
      .where('id', '=', id)
      .where('revision', '=', doc.revision)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('DOCUMENT_STALE', 'document.stale');
    if (textChanged) await addRevision(w.tx, next, revision, actor.userId, step, now);
    await reindexDocument(w.tx, core.dialect, id);
    w.audit({
      action: 'document.save',
      targetType: 'document',
      targetId: id,
      summary: textChanged ? `修改公文（第 ${revision} 稿）` : '修改稿纸',
      detail: { revision, fields: Object.keys(set) },
    });
    return { revision };
  });
}

/** The flow instance's title: a state secret's title stays out of flow lists and traces. */
const flowTitle = (doc: Document) => (isClassified(doc.secret_level) ? `${KIND_TEMPLATES[doc.kind as DocumentKind]?.name ?? '公文'}（涉密）` : doc.title);

/** The drafter sends the draft into its 发文 flow, or sends it on again after it was returned to them. */
export async function submitDocument(core: Core, ctx: Ctx, access: Access, id: string, input: { opinion?: string }): Promise<{ flowInstanceId: string }> {
  const actor = actorOf(ctx);
  return command(core, ctx, async (w) => {
    const doc = await visibleDocument(w.tx, await readerOf(w.tx, access), id);
    const returned = doc.flow_instance_id ? (await openTasksOf(w.tx, doc.flow_instance_id, actor.userId)).some((t) => t.kind === 'start') : false;
    const fresh = doc.status === 'draft' && !doc.flow_instance_id;
    if (doc.drafter_user_id !== actor.userId || !(fresh || returned)) throw forbidden('document.notSubmittable', 'DOCUMENT_NOT_SUBMITTABLE');
    if (!doc.title.trim() || /×/.test(doc.title)) throw invalid('DOCUMENT_INCOMPLETE', 'error.validation', {}, { title: { key: 'document.titleRequired' } });
    const form = { countersign: JSON.parse(doc.countersign_department_ids) as string[], countersignMode: doc.countersign_mode };
    const started = doc.flow_instance_id
      ? await resubmitFlowIn(core, w, ctx, doc.flow_instance_id, { form, opinion: input.opinion })
      : await startFlowIn(core, w, ctx, { definitionKey: OUTGOING_FLOW_KEY, title: flowTitle(doc), form, businessType: 'document', businessId: doc.id });
    await w.tx.updateTable('documents').set({ flow_instance_id: started.id, status: 'reviewing', updated_at: nowIso() }).where('id', '=', id).execute();
    await reindexDocument(w.tx, core.dialect, id);
    w.audit({ action: 'document.submit', targetType: 'document', targetId: id, summary: '送审公文', detail: { flowInstanceId: started.id } });
    return { flowInstanceId: started.id };
  });
}
