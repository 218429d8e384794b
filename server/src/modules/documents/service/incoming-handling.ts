import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Clearance, Retention } from '../../../platform/db/schema.js';
import type { Auth } from '../../../platform/auth/hook.js';
import { can, type Access } from '../../../platform/access/resolve.js';
import { conflict, forbidden, invalid } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import { approveTask, openTasksOf, type TaskActionEvent } from '../../workflow/index.js';
import { closeSupervisionBySource, followIncoming } from '../../supervision/index.js';
import type { IncomingPurpose } from '../incoming-flow.js';
import { isClassified, readerOf, visibleDocument } from '../policy.js';
import type { DecideInput } from '../schema-incoming.js';
import { reindexDocument } from './search.js';

/** The caller's open task of this purpose on the 收文, or "not your step". */
async function myTask(core: Core, access: Access, userId: string, id: string, purpose: IncomingPurpose) {
  const doc = await visibleDocument(core.db, await readerOf(core.db, access), id);
  const tasks = doc.direction === 'incoming' && doc.flow_instance_id ? await openTasksOf(core.db, doc.flow_instance_id, userId) : [];
  const task = tasks.find((t) => t.purpose === purpose);
  if (!task) throw forbidden('document.notYourStep', 'DOCUMENT_NOT_YOUR_STEP');
  return task;
}

/** The form values 拟办 and 批示 set on the flow: 承办科室, 办理期限, 督办. */
const decisionForm = (input: DecideInput) => ({
  ...(input.handlingDepartmentId ? { handlingDepartment: [input.handlingDepartmentId] } : {}),
  ...(input.deadline ? { deadline: input.deadline } : {}),
  ...(input.supervised !== undefined ? { supervised: input.supervised ? 'yes' : 'no' } : {}),
});

/** 拟办 (the office proposes who handles it) or 领导批示 (the leader decides): completes the caller's task. */
export async function decide(core: Core, ctx: Ctx, access: Access, id: string, purpose: 'propose' | 'instruct', input: DecideInput) {
  const task = await myTask(core, access, ctx.actor!.userId, id, purpose);
  await approveTask(core, ctx, task.taskId, { opinion: input.opinion, form: decisionForm(input) });
  return { ok: true };
}

/** 办结: the handling department's head completes 承办 with the result (kept as the 办结 opinion). */
export async function conclude(core: Core, ctx: Ctx, access: Access, id: string, result: string) {
  const task = await myTask(core, access, ctx.actor!.userId, id, 'handle');
  await approveTask(core, ctx, task.taskId, { opinion: result });
  return { ok: true };
}

/** 归档 of a concluded 收文: the archive package is made, then the archivist's task is completed. */
export async function archiveIncoming(core: Core, ctx: Ctx, auth: Auth, id: string, input: { retention: Retention; keywords?: string[] }) {
  await myTask(core, auth.access, ctx.actor!.userId, id, 'archive');
  const archived = await (await import('./archive.js')).archiveDocument(core, ctx, auth, id, input);
  const task = await myTask(core, auth.access, ctx.actor!.userId, id, 'archive');
  await approveTask(core, ctx, task.taskId, { opinion: '' });
  return archived;
}

/** Who may write progress (督办进展) and mark 督办: the registry, and whoever has or had a task on the 收文. */
export async function mayFollow(tx: Db | Tx, access: Access, flowInstanceId: string | null): Promise<boolean> {
  if (can(access, 'document.registry')) return true;
  if (!flowInstanceId) return false;
  const task = await tx.selectFrom('flow_tasks').select('id').where('instance_id', '=', flowInstanceId).where('assignee_user_id', '=', access.userId).executeTakeFirst();
  return !!task;
}

async function followed(tx: Tx, access: Access, id: string) {
  const doc = await visibleDocument(tx, await readerOf(tx, access), id);
  if (doc.direction !== 'incoming' || !(await mayFollow(tx, access, doc.flow_instance_id))) throw forbidden();
  return doc;
}

/** A progress entry (承办进展 / 督办进展) while the 收文 is being handled. */
export async function addProgress(core: Core, ctx: Ctx, access: Access, id: string, body: string) {
  return command(core, ctx, async (w) => {
    const doc = await followed(w.tx, access, id);
    if (doc.status === 'concluded' || doc.status === 'archived') throw conflict('INCOMING_CONCLUDED', 'incoming.concluded');
    await w.tx.insertInto('document_progress').values({ id: newId(), document_id: id, author_user_id: ctx.actor!.userId, body, created_at: nowIso() }).execute();
    w.audit({ action: 'document.incoming.progress', targetType: 'document', targetId: id, summary: '记录办理进展' });
    return { ok: true };
  });
}

/** Marks or unmarks 督办, optionally with a new deadline; reminders start again from the new deadline. */
export async function supervise(core: Core, ctx: Ctx, access: Access, id: string, input: { supervised: boolean; deadline?: string }) {
  return command(core, ctx, async (w) => {
    const doc = await followed(w.tx, access, id);
    if (doc.status === 'concluded' || doc.status === 'archived') throw conflict('INCOMING_CONCLUDED', 'incoming.concluded');
    const row = await w.tx.selectFrom('incoming_documents').select(['deadline', 'handling_department_id']).where('document_id', '=', id).executeTakeFirstOrThrow();
    const deadline = input.deadline ?? row.deadline;
    if (input.supervised && !deadline) throw invalid('INCOMING_DEADLINE_REQUIRED', 'error.validation', {}, { deadline: { key: 'incoming.deadlineRequired' } });
    await w.tx
      .updateTable('incoming_documents')
      .set({ supervised: input.supervised ? 1 : 0, deadline })
      .where('document_id', '=', id)
      .execute();
    w.audit({ action: 'document.incoming.supervise', targetType: 'document', targetId: id, summary: input.supervised ? `督办（期限 ${deadline}）` : '取消督办', detail: { deadline } });
    // While it is being handled, the 督办 item follows the mark (opened, its deadline moved, or cancelled).
    if (doc.status === 'handling') {
      await followIncoming(w, { documentId: id, title: followedTitle(doc), content: '收文督办', handlingDepartmentId: row.handling_department_id, deadline, supervised: input.supervised, actorUserId: ctx.actor?.userId ?? null });
    }
    return { ok: true };
  });
}

/** What a 督办 item is called: a classified 收文's title (and 批示) stays out of the supervision lists. */
const followedTitle = (doc: { title: string; secret_level: Clearance }) => (isClassified(doc.secret_level) ? '涉密收文（标题不显示）' : doc.title);

const firstId = (value: unknown): string | null => (Array.isArray(value) ? (value[0] as string | undefined) ?? null : typeof value === 'string' ? value : null);

/**
 * The 收文 flow's tasks, seen by the document in the same transaction: 拟办 and 批示 record the 承办
 * department, deadline and 督办 from the flow's form; leaving 批示 starts 承办; 办结 needs a result;
 * 归档 needs the archive record; a return sends it back to be decided again.
 */
export async function onIncomingTask(e: TaskActionEvent): Promise<void> {
  const id = e.instance.business_id;
  if (!id) return;
  const purpose = e.step.purpose as IncomingPurpose | undefined;
  const now = nowIso();
  const setStatus = async (status: 'registered' | 'handling' | 'concluded') => {
    await e.tx.updateTable('documents').set({ status, updated_at: now }).where('id', '=', id).execute();
    await reindexDocument(e.tx, e.dialect, id);
  };
  if (e.action === 'return') return setStatus('registered');
  if (e.action !== 'approve' || !purpose) return;
  if (purpose === 'propose' || purpose === 'instruct') {
    const deadline = typeof e.form.deadline === 'string' ? e.form.deadline : null;
    const supervised = e.form.supervised === 'yes';
    if (supervised && !deadline) throw invalid('INCOMING_DEADLINE_REQUIRED', 'error.validation', {}, { deadline: { key: 'incoming.deadlineRequired' } });
    await e.tx
      .updateTable('incoming_documents')
      .set({ handling_department_id: firstId(e.form.handlingDepartment), deadline, supervised: supervised ? 1 : 0 })
      .where('document_id', '=', id)
      .execute();
    if (purpose !== 'instruct') return;
    await setStatus('handling');
    // A 收文 marked 督办 at 批示 becomes a supervision item, the 批示 its content.
    const doc = await e.tx.selectFrom('documents').select(['title', 'secret_level']).where('id', '=', id).executeTakeFirstOrThrow();
    const follow = { documentId: id, title: followedTitle(doc), content: isClassified(doc.secret_level) ? '' : e.opinion, handlingDepartmentId: firstId(e.form.handlingDepartment), deadline, supervised, actorUserId: e.ctx.actor?.userId ?? null };
    await followIncoming(e.w, follow);
    return;
  }
  if (purpose === 'handle') {
    if (!e.opinion.trim()) throw invalid('INCOMING_RESULT_REQUIRED', 'error.validation', {}, { result: { key: 'incoming.resultRequired' } });
    await e.tx.updateTable('incoming_documents').set({ result: e.opinion.trim(), concluded_by: e.ctx.actor?.userId ?? null, concluded_at: now }).where('document_id', '=', id).execute();
    await closeSupervisionBySource(e.w, 'incoming', id, e.opinion.trim(), e.ctx.actor?.userId ?? null);
    return setStatus('concluded');
  }
  const doc = await e.tx.selectFrom('documents').select('archived_at').where('id', '=', id).executeTakeFirstOrThrow();
  if (!doc.archived_at) throw invalid('DOCUMENT_STEP_NOT_DONE', 'error.validation', {}, { archive: { key: 'document.notArchived' } });
}
