import type { Core, Ctx } from '../../../platform/context.js';
import type { Auth } from '../../../platform/auth/hook.js';
import type { Document } from '../../../platform/db/schema.js';
import { directory } from '../../../platform/directory.js';
import { notFound } from '../../../platform/errors.js';
import type { Access } from '../../../platform/access/resolve.js';
import { containsText } from '../../../platform/db/contains.js';
import { getFlowState, openTasksOf } from '../../workflow/index.js';
import { compareTexts } from '../compare.js';
import { bodyText } from '../body.js';
import { KIND_TEMPLATES, type DocumentKind } from '../kinds.js';
import { listingReader, openDocument, visibleDocuments, waitingOn } from '../policy.js';
import type { ListQuery } from '../schema.js';
import { editingStepOf } from './drafts.js';

const summaryOf = (d: Document, names: Map<string, string>) => ({
  id: d.id,
  kind: d.kind,
  kindName: KIND_TEMPLATES[d.kind as DocumentKind]?.name ?? d.kind,
  title: d.title,
  docNo: d.doc_no,
  secretLevel: d.secret_level,
  urgency: d.urgency,
  status: d.status,
  drafter: names.get(d.drafter_user_id) ?? '',
  updatedAt: d.updated_at,
});

/** The documents the person may open, newest first: those they drafted, those waiting for them, or all. */
export async function listDocuments(core: Core, ctx: Ctx, access: Access, f: ListQuery) {
  const reader = await listingReader(core.db, access, ctx.ip);
  let q = core.db.selectFrom('documents').where(visibleDocuments(core.db, reader)).where('documents.direction', '=', 'outgoing');
  if (f.box === 'mine') q = q.where('documents.drafter_user_id', '=', access.userId);
  if (f.box === 'todo') q = q.where(waitingOn(access.userId));
  if (f.status) q = q.where('documents.status', '=', f.status);
  if (f.kind) q = q.where('documents.kind', '=', f.kind);
  if (f.year) q = q.where('documents.created_at', '>=', `${f.year}-01-01`).where('documents.created_at', '<', `${f.year + 1}-01-01`);
  if (f.q) q = q.where((eb) => eb.or([containsText('documents.title', f.q!), containsText('documents.doc_no', f.q!)]));
  const [rows, total] = await Promise.all([
    q.selectAll('documents').orderBy('documents.updated_at', 'desc').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const names = await directory().names(core.db, [...new Set(rows.map((r) => r.drafter_user_id))]);
  return { items: rows.map((d) => summaryOf(d, names)), total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

/** The 稿纸 page: the document, its revisions and 批注, its flow, and what this person may do on it. */
export async function getDocument(core: Core, ctx: Ctx, auth: Auth, id: string) {
  const access = auth.access;
  const doc = await openDocument(core, ctx, auth, id);
  const [revisions, annotations, departments] = await Promise.all([
    core.db.selectFrom('document_revisions').select(['revision', 'author_user_id', 'step_name', 'created_at']).where('document_id', '=', id).orderBy('revision').execute(),
    core.db.selectFrom('document_annotations').selectAll().where('document_id', '=', id).orderBy('created_at').execute(),
    core.db.selectFrom('departments').select(['id', 'name']).where('id', 'in', [doc.drafter_department_id, ...(JSON.parse(doc.countersign_department_ids) as string[])]).execute(),
  ]);
  const people = [doc.drafter_user_id, doc.signer_user_id, ...revisions.map((r) => r.author_user_id), ...annotations.map((a) => a.author_user_id), ...annotations.map((a) => a.resolved_by)];
  const names = await directory().names(core.db, [...new Set(people.filter((u): u is string => !!u))]);
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const tasks = doc.flow_instance_id ? await openTasksOf(core.db, doc.flow_instance_id, access.userId) : [];
  // Someone who sees the document through its distribution may not be on its flow.
  const flow = doc.flow_instance_id ? await getFlowState(core, access, doc.flow_instance_id).catch(() => null) : null;
  const editing = editingStepOf(doc, access.userId, tasks);
  return {
    ...summaryOf(doc, names),
    mainTo: doc.main_to,
    copyTo: JSON.parse(doc.copy_to) as string[],
    secretTerm: doc.secret_term,
    phone: doc.phone,
    drafterDepartment: departmentName.get(doc.drafter_department_id) ?? '',
    countersignDepartments: (JSON.parse(doc.countersign_department_ids) as string[]).map((d) => ({ id: d, name: departmentName.get(d) ?? '' })),
    countersignMode: doc.countersign_mode,
    copies: doc.copies,
    issuer: doc.issuer,
    note: doc.note,
    body: doc.body_html,
    revision: doc.revision,
    signer: doc.signer_user_id ? names.get(doc.signer_user_id) ?? '' : null,
    signedAt: doc.signed_at,
    signOpinion: doc.sign_opinion,
    issueDate: doc.issue_date,
    formalPdfFileId: doc.formal_pdf_file_id,
    formalDocxFileId: doc.formal_docx_file_id,
    sealedAt: doc.sealed_at,
    distributedAt: doc.distributed_at,
    archivedAt: doc.archived_at,
    createdAt: doc.created_at,
    revisions: revisions.map((r) => ({ revision: r.revision, author: names.get(r.author_user_id) ?? '', step: r.step_name, at: r.created_at })),
    annotations: annotations.map((a) => ({
      id: a.id,
      parentId: a.parent_id,
      revision: a.revision,
      block: a.block,
      start: a.start_offset,
      end: a.end_offset,
      quote: a.quote,
      body: a.body,
      author: names.get(a.author_user_id) ?? '',
      at: a.created_at,
      resolvedBy: a.resolved_by ? names.get(a.resolved_by) ?? '' : null,
      resolvedAt: a.resolved_at,
    })),
    flow,
    myTasks: tasks,
    can: { edit: !!editing, submit: doc.drafter_user_id === access.userId && (doc.status === 'draft' || tasks.some((t) => t.kind === 'start')) },
  };
}

async function revisionRow(core: Core, id: string, revision: number) {
  const row = await core.db
    .selectFrom('document_revisions')
    .select(['revision', 'title', 'body_html', 'author_user_id', 'step_name', 'created_at'])
    .where('document_id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** One revision as it was saved. */
export async function getRevision(core: Core, ctx: Ctx, auth: Auth, id: string, revision: number) {
  await openDocument(core, ctx, auth, id);
  const row = await revisionRow(core, id, revision);
  const names = await directory().names(core.db, [row.author_user_id]);
  return { revision: row.revision, title: row.title, body: row.body_html, author: names.get(row.author_user_id) ?? '', step: row.step_name, at: row.created_at };
}

/** Two revisions compared word by word (title and body); the web shows it inline or side by side. */
export async function compareRevisions(core: Core, ctx: Ctx, auth: Auth, id: string, from: number, to: number) {
  await openDocument(core, ctx, auth, id);
  const [a, b] = await Promise.all([revisionRow(core, id, from), revisionRow(core, id, to)]);
  return { from, to, title: compareTexts(a.title, b.title), body: compareTexts(bodyText(a.body_html), bodyText(b.body_html)) };
}

/** The public verification page's facts: enough to check a paper or PDF copy, never a secret's title. */
export async function verificationFacts(core: Core, id: string) {
  const row = await core.db
    .selectFrom('documents')
    .leftJoin('seals', 'seals.id', 'documents.seal_id')
    .leftJoin('files', 'files.id', 'documents.formal_pdf_file_id')
    .select(['documents.doc_no', 'documents.title', 'documents.issuer', 'documents.secret_level', 'documents.sealed_at', 'seals.name as sealName', 'seals.unit as sealUnit', 'files.sha'])
    .where('documents.id', '=', id)
    .where('documents.sealed_at', 'is not', null)
    .executeTakeFirst();
  if (!row) throw notFound();
  const open = row.secret_level === 'public' || row.secret_level === 'internal';
  return { docNo: row.doc_no, title: open ? row.title : null, issuer: row.issuer, sealedAt: row.sealed_at, seal: row.sealName ? `${row.sealUnit}${row.sealName}` : null, sm3: open ? row.sha : null };
}
