import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Core, Ctx } from '../../../platform/context.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { can, type Access } from '../../../platform/access/resolve.js';
import type { Clearance, DB, Retention } from '../../../platform/db/schema.js';
import { containsText } from '../../../platform/db/contains.js';
import { directory } from '../../../platform/directory.js';
import { notFound } from '../../../platform/errors.js';
import { parseJson } from '../../../platform/util.js';
import { KIND_TEMPLATES, type DocumentKind } from '../kinds.js';
import { LEVELS, clearedFor, isClassified, listingReader, readerOf, visibleDocuments, type Reader } from '../policy.js';

export interface ArchiveQuery {
  q?: string;
  year?: number;
  retention?: Retention;
  secretLevel?: Clearance;
  kind?: string;
  page: number;
  pageSize: number;
}

type Eb = ExpressionBuilder<DB, 'document_archives' | 'documents'>;

/** The 密级 a reader is cleared for. */
export const clearedLevels = (reader: Reader) => LEVELS.filter((level) => clearedFor(reader.clearance, level));

/** An archived record within the reader's clearance, for a request on it; "not found" otherwise. */
export async function clearedRecord(db: Db | Tx, reader: Reader, documentId: string) {
  const row = await db
    .selectFrom('document_archives')
    .innerJoin('documents', 'documents.id', 'document_archives.document_id')
    .select([
      'documents.id',
      'documents.status',
      'documents.kind',
      'documents.secret_level as secretLevel',
      'documents.secret_term as secretTerm',
      'document_archives.doc_no as docNo',
      'document_archives.title',
      'document_archives.year',
      'document_archives.retention',
      'document_archives.package_file_id as packageFileId',
    ])
    .where('documents.id', '=', documentId)
    .where('documents.secret_level', 'in', clearedLevels(reader))
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/**
 * The catalogue as this reader may see it: nothing above their clearance (not even counted); every
 * record in full for the archivist; for others, the records they may open in full, unclassified ones
 * by title, and state secrets they lack need-to-know for only by 文号, 年度, 密级 and 保管期限.
 */
function catalogue(core: Core, reader: Reader) {
  const visible = core.db.selectFrom('documents').select('documents.id').where(visibleDocuments(core.db, reader));
  const archivist = can(reader.access, 'document.archive');
  const opens = (eb: Eb) => eb('documents.id', 'in', visible);
  const shown = (eb: Eb): Expression<SqlBool> =>
    archivist ? eb.lit(true) : eb.or([opens(eb), eb('documents.secret_level', 'in', LEVELS.filter((l) => !isClassified(l)))]);
  const query = core.db
    .selectFrom('document_archives')
    .innerJoin('documents', 'documents.id', 'document_archives.document_id')
    .where('documents.secret_level', 'in', clearedLevels(reader));
  return { query, opens, shown };
}

/** A masked entry matches a text on its 文号 only, and no 文种: a hit would tell what it hides. */
function filtered(core: Core, reader: Reader, f: Omit<ArchiveQuery, 'page' | 'pageSize'>) {
  const { query, opens, shown } = catalogue(core, reader);
  let q = query;
  if (f.year) q = q.where('document_archives.year', '=', f.year);
  if (f.retention) q = q.where('document_archives.retention', '=', f.retention);
  if (f.secretLevel) q = q.where('documents.secret_level', '=', f.secretLevel);
  const kind = f.kind;
  if (kind) q = q.where((eb) => eb.and([eb('documents.kind', '=', kind), shown(eb)]));
  const text = f.q?.trim();
  if (text) {
    q = q.where((eb) =>
      eb.or([
        containsText('document_archives.doc_no', text),
        eb.and([shown(eb), eb.or([containsText('document_archives.title', text), containsText('document_archives.keywords', text)])]),
      ]),
    );
  }
  return { q, opens, shown };
}

async function present(core: Core, reader: Reader, ids: string[] | null, f: ArchiveQuery) {
  const { q: base, opens, shown } = filtered(core, reader, f);
  const q = ids ? base.where('documents.id', 'in', ids) : base;
  const rows = await q
    .select((eb) => [
      'document_archives.document_id as documentId',
      'document_archives.year',
      'document_archives.doc_no as docNo',
      'document_archives.title',
      'document_archives.retention',
      'document_archives.keywords',
      'document_archives.archivist_user_id as archivistUserId',
      'document_archives.archived_at as archivedAt',
      'documents.secret_level as secretLevel',
      'documents.kind',
      'documents.status',
      eb.case().when(opens(eb)).then(1).else(0).end().as('open'),
      eb.case().when(shown(eb)).then(1).else(0).end().as('shown'),
    ])
    .orderBy('document_archives.archived_at', 'desc')
    .orderBy('document_archives.document_id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const documentIds = rows.map((r) => r.documentId);
  const [mine, names] = await Promise.all([
    documentIds.length
      ? core.db
          .selectFrom('archive_borrowings')
          .select(['id', 'document_id', 'status', 'due_at'])
          .where('user_id', '=', reader.access.userId)
          .where('status', 'in', ['pending', 'approved'])
          .where('document_id', 'in', documentIds)
          .execute()
      : Promise.resolve([]),
    directory().names(core.db, [...new Set(rows.map((r) => r.archivistUserId))]),
  ]);
  const borrowingOf = new Map(mine.map((b) => [b.document_id, { id: b.id, status: b.status, dueAt: b.due_at }]));
  return rows.map((r) => {
    const masked = !Number(r.shown);
    const canOpen = !!Number(r.open);
    const borrowing = borrowingOf.get(r.documentId) ?? null;
    return {
      documentId: r.documentId,
      year: r.year,
      docNo: r.docNo,
      retention: r.retention,
      secretLevel: r.secretLevel,
      kind: masked ? null : r.kind,
      kindName: masked ? null : (KIND_TEMPLATES[r.kind as DocumentKind]?.name ?? r.kind),
      status: r.status,
      masked,
      /** null when masked: the page says "涉密档案，借阅获批后可见". */
      title: masked ? null : r.title,
      keywords: masked ? [] : parseJson<string[]>(r.keywords, []),
      archivist: masked ? null : (names.get(r.archivistUserId) ?? ''),
      archivedAt: masked ? null : r.archivedAt,
      canOpen,
      canBorrow: !canOpen && !borrowing && r.status === 'archived',
      borrowing,
    };
  });
}

/** 档案检索: filters 年度, 保管期限, 密级, 文种 and a text (题名, 文号, 关键词), newest first. */
export async function searchArchive(core: Core, ctx: Ctx, access: Access, f: ArchiveQuery) {
  const reader = await listingReader(core.db, access, ctx.ip);
  const [items, total] = await Promise.all([
    present(core, reader, null, f),
    filtered(core, reader, f).q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

export type ArchiveEntry = Awaited<ReturnType<typeof searchArchive>>['items'][number];

/** One catalogue entry as this reader may see it, with how it was disposed of; "not found" when it is not theirs to see. */
export async function archiveEntry(core: Core, access: Access, documentId: string) {
  const reader = await readerOf(core.db, access);
  const [entry] = await present(core, reader, [documentId], { page: 1, pageSize: 1 });
  if (!entry) throw notFound();
  const disposal = await core.db
    .selectFrom('archive_disposals')
    .select(['kind', 'executed_by', 'executed_at'])
    .where('document_id', '=', documentId)
    .where('status', '=', 'done')
    .executeTakeFirst();
  const executor = disposal?.executed_by ? (await directory().names(core.db, [disposal.executed_by])).get(disposal.executed_by) ?? '' : '';
  return { ...entry, disposal: disposal ? { kind: disposal.kind, executedBy: executor, executedAt: disposal.executed_at } : null };
}
