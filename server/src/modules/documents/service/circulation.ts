import type { Core, Ctx } from '../../../platform/context.js';
import type { Auth } from '../../../platform/auth/hook.js';
import { command, type Work } from '../../../platform/command.js';
import type { Dialect, Tx } from '../../../platform/db/index.js';
import type { CirculationTable, CirculationReaderTable, Document } from '../../../platform/db/schema.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import { t } from '../../../platform/i18n/index.js';
import { newId, nowIso } from '../../../platform/util.js';
import { noticeCirculation } from './notices.js';
import { clearancesOf, clearedFor, openDocument, readerOf, visibleDocument } from '../policy.js';

// 传阅: a document passed to readers one after another ('sequential': the first has it, the others
// wait) or to all at once ('parallel'); each marks it 阅毕 with an optional opinion.

export const REMIND_EVERY_MS = 60 * 60_000;

export interface StartInput {
  mode: CirculationTable['mode'];
  readerIds: string[];
  note: string;
}

/**
 * Refuses readers who are unknown or disabled, or whose clearance is below the document's 密级;
 * the message names those who lack it.
 */
async function requireCleared(tx: Tx, ctx: Ctx, doc: Document, readerIds: string[]): Promise<void> {
  const people = await clearancesOf(tx, readerIds);
  if (readerIds.some((id) => !people.has(id))) throw invalid('CIRCULATION_READER_UNKNOWN', 'error.validation', {}, { readerIds: { key: 'circulation.readerUnknown' } });
  const lacking = readerIds.map((id) => people.get(id)!).filter((p) => !clearedFor(p.clearance, doc.secret_level));
  if (!lacking.length) return;
  const params = { names: lacking.map((p) => p.name).join('、'), level: t(ctx.locale, `circulation.level.${doc.secret_level}`) };
  throw invalid('CIRCULATION_CLEARANCE', 'circulation.clearanceTooLow', params, { readerIds: { key: 'circulation.clearanceTooLow', params } });
}

/** The circulation, its row locked until commit so that reads, additions and 催阅 of it take turns. */
async function lockCirculation(tx: Tx, dialect: Dialect, id: string): Promise<CirculationTable> {
  const q = tx.selectFrom('circulations').selectAll().where('id', '=', id);
  const row = await (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

async function delivered(w: Work, c: Pick<CirculationTable, 'id' | 'document_id'>, doc: Document, userIds: string[]): Promise<void> {
  for (const userId of userIds) w.emit({ type: 'document.circulation.delivered', payload: { documentId: c.document_id, circulationId: c.id, userId } });
  await noticeCirculation(w, doc, userIds);
}

const MODE_NAME = { sequential: '依次传阅', parallel: '同时传阅' } as const;

/** 发起传阅: whoever may open the document passes it to readers cleared for its 密级. */
export async function startCirculation(core: Core, ctx: Ctx, auth: Auth, documentId: string, input: StartInput): Promise<{ id: string }> {
  await openDocument(core, ctx, auth, documentId);
  const readerIds = [...new Set(input.readerIds)];
  return command(core, ctx, async (w) => {
    const doc = await visibleDocument(w.tx, await readerOf(w.tx, auth.access), documentId);
    await requireCleared(w.tx, ctx, doc, readerIds);
    const now = nowIso();
    const circulation: CirculationTable = { id: newId(), document_id: documentId, mode: input.mode, note: input.note, started_by: auth.user.id, started_at: now, finished_at: null, reminded_at: null };
    await w.tx.insertInto('circulations').values(circulation).execute();
    const readers: CirculationReaderTable[] = readerIds.map((userId, position) => {
      const reached = input.mode === 'parallel' || position === 0;
      return { circulation_id: circulation.id, user_id: userId, position, status: reached ? 'unread' : 'waiting', delivered_at: reached ? now : null, read_at: null, opinion: '' };
    });
    await w.tx.insertInto('circulation_readers').values(readers).execute();
    w.audit({
      action: 'document.circulation.start',
      targetType: 'document',
      targetId: documentId,
      summary: `发起传阅：${doc.doc_no ?? ''}（${MODE_NAME[input.mode]}，${readers.length} 人）`,
      detail: { circulationId: circulation.id, mode: input.mode, readerIds },
    });
    await delivered(w, circulation, doc, readers.filter((r) => r.status === 'unread').map((r) => r.user_id));
    return { id: circulation.id };
  });
}

/** 阅毕: the reader it is with marks it read; one after another, it passes to the next; when all have read, it is finished. */
export async function markRead(core: Core, ctx: Ctx, auth: Auth, circulationId: string, opinion: string): Promise<{ finished: boolean }> {
  const me = auth.user.id;
  const mine = await core.db.selectFrom('circulations').select('document_id').where('id', '=', circulationId).executeTakeFirst();
  if (!mine) throw notFound();
  await openDocument(core, ctx, auth, mine.document_id);
  return command(core, ctx, async (w) => {
    const c = await lockCirculation(w.tx, core.dialect, circulationId);
    const doc = await visibleDocument(w.tx, await readerOf(w.tx, auth.access), c.document_id);
    const now = nowIso();
    const read = await w.tx
      .updateTable('circulation_readers')
      .set({ status: 'read', read_at: now, opinion })
      .where('circulation_id', '=', c.id)
      .where('user_id', '=', me)
      .where('status', '=', 'unread')
      .executeTakeFirst();
    if (Number(read.numUpdatedRows) !== 1) throw conflict('CIRCULATION_NOT_UNREAD', 'circulation.notUnread');
    if (c.mode === 'sequential') {
      const next = await w.tx.selectFrom('circulation_readers').select('user_id').where('circulation_id', '=', c.id).where('status', '=', 'waiting').orderBy('position').limit(1).executeTakeFirst();
      if (next) {
        await w.tx.updateTable('circulation_readers').set({ status: 'unread', delivered_at: now }).where('circulation_id', '=', c.id).where('user_id', '=', next.user_id).execute();
        await delivered(w, c, doc, [next.user_id]);
      }
    }
    const left = await w.tx.selectFrom('circulation_readers').select((eb) => eb.fn.countAll<number>().as('n')).where('circulation_id', '=', c.id).where('status', '!=', 'read').executeTakeFirstOrThrow();
    const finished = Number(left.n) === 0;
    if (finished) await w.tx.updateTable('circulations').set({ finished_at: now }).where('id', '=', c.id).execute();
    w.audit({
      action: 'document.circulation.read',
      targetType: 'document',
      targetId: c.document_id,
      summary: `阅毕：${doc.doc_no ?? ''}${finished ? '（传阅结束）' : ''}`,
      detail: { circulationId: c.id, opinion },
    });
    return { finished };
  });
}

/** The circulation, for its starter, while it runs. */
async function runningOfMine(w: Work, core: Core, auth: Auth, circulationId: string) {
  const c = await lockCirculation(w.tx, core.dialect, circulationId);
  const doc = await visibleDocument(w.tx, await readerOf(w.tx, auth.access), c.document_id);
  if (c.started_by !== auth.user.id) throw forbidden('circulation.notStarter', 'CIRCULATION_NOT_STARTER');
  if (c.finished_at) throw conflict('CIRCULATION_FINISHED', 'circulation.finished');
  return { c, doc };
}

/** 催阅 the readers it is with now: at most once an hour for a circulation. */
export async function remindReaders(core: Core, ctx: Ctx, auth: Auth, circulationId: string): Promise<{ reminded: number }> {
  return command(core, ctx, async (w) => {
    const { c, doc } = await runningOfMine(w, core, auth, circulationId);
    const cutoff = new Date(Date.now() - REMIND_EVERY_MS).toISOString();
    const updated = await w.tx
      .updateTable('circulations')
      .set({ reminded_at: nowIso() })
      .where('id', '=', c.id)
      .where((eb) => eb.or([eb('reminded_at', 'is', null), eb('reminded_at', '<', cutoff)]))
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('REMIND_TOO_SOON', 'circulation.remindTooSoon');
    const unread = await w.tx.selectFrom('circulation_readers').select('user_id').where('circulation_id', '=', c.id).where('status', '=', 'unread').execute();
    const userIds = unread.map((r) => r.user_id);
    w.audit({ action: 'document.circulation.remind', targetType: 'document', targetId: c.document_id, summary: `催阅：${doc.doc_no ?? ''}（${userIds.length} 人）`, detail: { circulationId: c.id, userIds } });
    w.emit({ type: 'document.circulation.reminded', payload: { documentId: c.document_id, circulationId: c.id, userIds } });
    await noticeCirculation(w, doc, userIds, true);
    return { reminded: userIds.length };
  });
}

/** 增加传阅人 while it runs: after the others when one after another, at once when all at once. */
export async function addReaders(core: Core, ctx: Ctx, auth: Auth, circulationId: string, readerIds: string[]): Promise<{ added: number }> {
  return command(core, ctx, async (w) => {
    const { c, doc } = await runningOfMine(w, core, auth, circulationId);
    const existing = await w.tx.selectFrom('circulation_readers').select(['user_id', 'position']).where('circulation_id', '=', c.id).execute();
    const on = new Set(existing.map((r) => r.user_id));
    const fresh = [...new Set(readerIds)].filter((id) => !on.has(id));
    if (!fresh.length) throw invalid('CIRCULATION_NO_NEW_READERS', 'error.validation', {}, { readerIds: { key: 'circulation.noNewReaders' } });
    await requireCleared(w.tx, ctx, doc, fresh);
    const now = nowIso();
    const last = Math.max(...existing.map((r) => r.position));
    // While it runs one after another, someone always has it: the new readers wait behind the rest.
    const status = c.mode === 'parallel' ? 'unread' : 'waiting';
    await w.tx
      .insertInto('circulation_readers')
      .values(fresh.map((userId, i) => ({ circulation_id: c.id, user_id: userId, position: last + 1 + i, status, delivered_at: status === 'unread' ? now : null, read_at: null, opinion: '' })))
      .execute();
    w.audit({ action: 'document.circulation.addReaders', targetType: 'document', targetId: c.document_id, summary: `增加传阅人：${doc.doc_no ?? ''}（${fresh.length} 人）`, detail: { circulationId: c.id, readerIds: fresh } });
    if (status === 'unread') await delivered(w, c, doc, fresh);
    return { added: fresh.length };
  });
}
