import type { Core, Ctx } from '../../../platform/context.js';
import type { Auth } from '../../../platform/auth/hook.js';
import type { Access } from '../../../platform/access/resolve.js';
import { localDate } from '../../../platform/calendar/index.js';
import { containsText } from '../../../platform/db/contains.js';
import { directory } from '../../../platform/directory.js';
import { notFound } from '../../../platform/errors.js';
import { openTasksOf, opinionsOf } from '../../workflow/index.js';
import type { IncomingPurpose } from '../incoming-flow.js';
import { listingReader, openDocument, visibleDocuments, waitingOn } from '../policy.js';
import type { IncomingListQuery } from '../schema-incoming.js';
import { currentAttachments } from './attachments.js';
import { mayFollow } from './incoming-handling.js';


/** 收文 lists: waiting on me, registered by me, all I may see, or the 督办 ones (overdue first). */
export async function listIncoming(core: Core, ctx: Ctx, access: Access, f: IncomingListQuery) {
  const reader = await listingReader(core.db, access, ctx.ip);
  const today = localDate(core.config.timeZone);
  let q = core.db
    .selectFrom('documents')
    .innerJoin('incoming_documents', 'incoming_documents.document_id', 'documents.id')
    .leftJoin('departments', 'departments.id', 'incoming_documents.handling_department_id')
    .where(visibleDocuments(core.db, reader))
    .where('documents.direction', '=', 'incoming');
  if (f.box === 'mine') q = q.where('incoming_documents.registered_by', '=', access.userId);
  if (f.box === 'supervised') q = q.where('incoming_documents.supervised', '=', 1);
  if (f.box === 'todo') q = q.where(waitingOn(access.userId));
  if (f.year) q = q.where('incoming_documents.received_on', '>=', `${f.year}-01-01`).where('incoming_documents.received_on', '<=', `${f.year}-12-31`);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => eb.or([containsText('documents.title', text), containsText('incoming_documents.receipt_no', text), containsText('incoming_documents.source_doc_no', text), containsText('incoming_documents.source_unit', text)]));
  }
  let page = q.select([
    'documents.id',
    'incoming_documents.receipt_no as receiptNo',
    'documents.title',
    'incoming_documents.source_unit as sourceUnit',
    'incoming_documents.source_doc_no as sourceDocNo',
    'incoming_documents.received_on as receivedOn',
    'documents.secret_level as secretLevel',
    'documents.urgency',
    'documents.status',
    'departments.name as handlingDepartment',
    'incoming_documents.deadline',
    'incoming_documents.supervised',
    'incoming_documents.concluded_at as concludedAt',
    'documents.flow_instance_id as flowInstanceId',
  ]);
  // 督办: the overdue and the nearest deadlines first; every other box newest first.
  page = f.box === 'supervised' ? page.orderBy('incoming_documents.concluded_at', (o) => o.desc().nullsFirst()).orderBy('incoming_documents.deadline') : page.orderBy('incoming_documents.registered_at', 'desc');
  const [rows, total] = await Promise.all([
    page.limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const steps = await currentSteps(core, rows.map((r) => r.flowInstanceId).filter((i): i is string => !!i));
  const items = rows.map(({ flowInstanceId, concludedAt, supervised, ...r }) => ({
    ...r,
    supervised: supervised === 1,
    overdue: !concludedAt && !!r.deadline && r.deadline < today,
    step: flowInstanceId ? steps.get(flowInstanceId) ?? null : null,
  }));
  return { items, total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

/** The step each instance waits at (the name of its open tasks' step). */
async function currentSteps(core: Core, instanceIds: string[]): Promise<Map<string, string>> {
  if (!instanceIds.length) return new Map();
  const rows = await core.db.selectFrom('flow_tasks').select(['instance_id', 'step_name']).where('instance_id', 'in', instanceIds).where('status', '=', 'pending').execute();
  return new Map(rows.map((r) => [r.instance_id, r.step_name]));
}

/** The 收文处理单: registration, scans, opinions (拟办, 批示, 办结), progress, and what this person may do now. */
export async function getIncoming(core: Core, ctx: Ctx, auth: Auth, id: string) {
  const access = auth.access;
  const doc = await openDocument(core, ctx, auth, id);
  if (doc.direction !== 'incoming') throw notFound();
  const [incoming, scans, progress, opinions, tasks, follows] = await Promise.all([
    core.db.selectFrom('incoming_documents').selectAll().where('document_id', '=', id).executeTakeFirstOrThrow(),
    currentAttachments(core.db, id),
    core.db.selectFrom('document_progress').selectAll().where('document_id', '=', id).orderBy('created_at').execute(),
    doc.flow_instance_id ? opinionsOf(core.db, doc.flow_instance_id) : Promise.resolve([]),
    doc.flow_instance_id ? openTasksOf(core.db, doc.flow_instance_id, access.userId) : Promise.resolve([]),
    mayFollow(core.db, access, doc.flow_instance_id),
  ]);
  const department = incoming.handling_department_id
    ? await core.db.selectFrom('departments').select('name').where('id', '=', incoming.handling_department_id).executeTakeFirst()
    : undefined;
  const people = [incoming.registered_by, incoming.concluded_by, ...scans.map((s) => s.uploaded_by), ...progress.map((p) => p.author_user_id)];
  const names = await directory().names(core.db, [...new Set(people.filter((u): u is string => !!u))]);
  const task = tasks.find((t) => t.purpose);
  const purpose = (task?.purpose ?? null) as IncomingPurpose | null;
  const open = doc.status === 'registered' || doc.status === 'handling';
  return {
    id: doc.id,
    receiptNo: incoming.receipt_no,
    title: doc.title,
    kind: doc.kind,
    sourceUnit: incoming.source_unit,
    sourceDocNo: incoming.source_doc_no,
    receivedOn: incoming.received_on,
    secretLevel: doc.secret_level,
    secretTerm: doc.secret_term,
    urgency: doc.urgency,
    copies: doc.copies,
    pages: incoming.pages,
    note: doc.note,
    status: doc.status,
    registeredBy: names.get(incoming.registered_by) ?? '',
    registeredAt: incoming.registered_at,
    handlingDepartmentId: incoming.handling_department_id,
    handlingDepartment: department?.name ?? null,
    deadline: incoming.deadline,
    supervised: incoming.supervised === 1,
    overdue: !incoming.concluded_at && !!incoming.deadline && incoming.deadline < localDate(core.config.timeZone),
    result: incoming.result,
    concludedBy: incoming.concluded_by ? names.get(incoming.concluded_by) ?? '' : null,
    concludedAt: incoming.concluded_at,
    flowInstanceId: doc.flow_instance_id,
    scans: scans.map((s) => ({ id: s.id, fileId: s.file_id, name: s.name, version: s.version, uploadedBy: names.get(s.uploaded_by) ?? '', uploadedAt: s.uploaded_at })),
    progress: progress.map((p) => ({ id: p.id, author: names.get(p.author_user_id) ?? '', body: p.body, createdAt: p.created_at })),
    opinions: opinions.map((o) => ({ stepName: o.stepName, purpose: o.purpose, userName: o.person, action: o.action, opinion: o.opinion, at: o.at })),
    myTask: task && purpose ? { taskId: task.taskId, purpose, stepName: task.stepName } : null,
    can: {
      propose: purpose === 'propose',
      instruct: purpose === 'instruct',
      conclude: purpose === 'handle',
      archive: purpose === 'archive',
      progress: open && follows,
      supervise: open && follows,
    },
  };
}
