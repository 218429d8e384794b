import type { Core, Ctx } from '../../../platform/context.js';
import type { Auth } from '../../../platform/auth/hook.js';
import type { Db } from '../../../platform/db/index.js';
import type { CirculationReaderStatus, CirculationTable } from '../../../platform/db/schema.js';
import type { Access } from '../../../platform/access/resolve.js';
import { directory } from '../../../platform/directory.js';
import { notFound } from '../../../platform/errors.js';
import { listingReader, readerOf, requireOpenable, visibleDocument, visibleDocuments } from '../policy.js';
import { REMIND_EVERY_MS } from './circulation.js';

export interface InboxQuery {
  box: 'unread' | 'read';
  page: number;
  pageSize: number;
}

export interface StartedQuery {
  status?: 'running' | 'finished';
  page: number;
  pageSize: number;
}

export interface ReaderView {
  userId: string;
  name: string;
  status: CirculationReaderStatus;
  deliveredAt: string | null;
  readAt: string | null;
  opinion: string;
}

/** Each circulation's readers in their order, with names. */
async function readersOf(db: Db, circulationIds: string[]): Promise<Map<string, ReaderView[]>> {
  const byCirculation = new Map<string, ReaderView[]>();
  if (!circulationIds.length) return byCirculation;
  const rows = await db.selectFrom('circulation_readers').selectAll().where('circulation_id', 'in', circulationIds).orderBy('position').execute();
  const names = await directory().names(db, [...new Set(rows.map((r) => r.user_id))]);
  for (const r of rows) {
    const reader = { userId: r.user_id, name: names.get(r.user_id) ?? '', status: r.status, deliveredAt: r.delivered_at, readAt: r.read_at, opinion: r.opinion };
    byCirculation.set(r.circulation_id, [...(byCirculation.get(r.circulation_id) ?? []), reader]);
  }
  return byCirculation;
}

/** A circulation with its read marks, who has not read, and what the caller may do on it. */
function view(c: CirculationTable, readers: ReaderView[], starterName: string, me: string) {
  const mineRunning = c.started_by === me && !c.finished_at;
  return {
    id: c.id,
    documentId: c.document_id,
    mode: c.mode,
    note: c.note,
    startedBy: starterName,
    startedAt: c.started_at,
    finishedAt: c.finished_at,
    remindedAt: c.reminded_at,
    readers,
    total: readers.length,
    readCount: readers.filter((r) => r.status === 'read').length,
    notRead: readers.filter((r) => r.status !== 'read').map((r) => r.name),
    can: {
      read: readers.some((r) => r.userId === me && r.status === 'unread'),
      remind: mineRunning && (!c.reminded_at || Date.parse(c.reminded_at) <= Date.now() - REMIND_EVERY_MS),
      addReaders: mineRunning,
    },
  };
}

async function views(core: Core, access: Access, rows: CirculationTable[]) {
  const [readers, starters] = await Promise.all([readersOf(core.db, rows.map((c) => c.id)), directory().names(core.db, [...new Set(rows.map((c) => c.started_by))])]);
  return rows.map((c) => view(c, readers.get(c.id) ?? [], starters.get(c.started_by) ?? '', access.userId));
}

const documentColumns = ['documents.title', 'documents.doc_no as docNo', 'documents.secret_level as secretLevel', 'documents.urgency', 'documents.direction'] as const;

/** 传阅给我: what reached the caller, to read (待阅) or read (已阅); never what they may no longer open. */
export async function circulationsToMe(core: Core, ctx: Ctx, access: Access, f: InboxQuery) {
  const reader = await listingReader(core.db, access, ctx.ip);
  const q = core.db
    .selectFrom('documents')
    .innerJoin('circulations', 'circulations.document_id', 'documents.id')
    .innerJoin('circulation_readers', 'circulation_readers.circulation_id', 'circulations.id')
    .where(visibleDocuments(core.db, reader))
    .where('circulation_readers.user_id', '=', access.userId)
    .where('circulation_readers.status', '=', f.box);
  const [rows, total] = await Promise.all([
    q
      .select(['circulations.id', 'circulations.document_id as documentId', 'circulations.mode', 'circulations.note', 'circulations.started_by', 'circulations.finished_at as finishedAt'])
      .select(['circulation_readers.delivered_at as deliveredAt', 'circulation_readers.read_at as readAt', 'circulation_readers.opinion', ...documentColumns])
      .orderBy(f.box === 'read' ? 'circulation_readers.read_at' : 'circulation_readers.delivered_at', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const starters = await directory().names(core.db, [...new Set(rows.map((r) => r.started_by))]);
  const items = rows.map(({ started_by, ...r }) => ({ ...r, startedBy: starters.get(started_by) ?? '' }));
  return { items, total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

/** 我发起的传阅, newest first, with their progress and who has not read. */
export async function circulationsStartedByMe(core: Core, ctx: Ctx, access: Access, f: StartedQuery) {
  const reader = await listingReader(core.db, access, ctx.ip);
  let q = core.db
    .selectFrom('documents')
    .innerJoin('circulations', 'circulations.document_id', 'documents.id')
    .where(visibleDocuments(core.db, reader))
    .where('circulations.started_by', '=', access.userId);
  if (f.status) q = q.where('circulations.finished_at', f.status === 'finished' ? 'is not' : 'is', null);
  const [rows, total] = await Promise.all([
    q.selectAll('circulations').select(documentColumns).orderBy('circulations.started_at', 'desc').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const shown = await views(core, access, rows);
  const items = rows.map((r, i) => ({ ...shown[i]!, title: r.title, docNo: r.docNo, secretLevel: r.secretLevel, urgency: r.urgency, direction: r.direction }));
  return { items, total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

/** The document, if this request may see what is written on it (its readers' opinions included). */
async function openable(core: Core, ctx: Ctx, auth: Auth, documentId: string) {
  const doc = await visibleDocument(core.db, await readerOf(core.db, auth.access), documentId);
  await requireOpenable(core, ctx, auth, doc);
  return doc;
}

/** One circulation, for whoever may open its document. */
export async function circulationDetail(core: Core, ctx: Ctx, auth: Auth, id: string) {
  const c = await core.db.selectFrom('circulations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound();
  const doc = await openable(core, ctx, auth, c.document_id);
  const [shown] = await views(core, auth.access, [c]);
  return { ...shown!, title: doc.title, docNo: doc.doc_no, secretLevel: doc.secret_level, urgency: doc.urgency, direction: doc.direction };
}

/** A document's circulations, newest first (the 传阅 card of its 稿纸). */
export async function documentCirculations(core: Core, ctx: Ctx, auth: Auth, documentId: string) {
  await openable(core, ctx, auth, documentId);
  const rows = await core.db.selectFrom('circulations').selectAll().where('document_id', '=', documentId).orderBy('started_at', 'desc').execute();
  return { items: await views(core, auth.access, rows) };
}
