import type { Core } from '../../../platform/context.js';
import type { Dialect, Tx } from '../../../platform/db/index.js';
import type { Access } from '../../../platform/access/resolve.js';
import type { Clearance } from '../../../platform/db/schema.js';
import { indexDocument, search } from '../../../platform/search/index.js';
import { bodyText } from '../body.js';
import { readerOf, visibleDocuments } from '../policy.js';

/** Brings a document's search entry up to date, in the transaction that changed it. */
export async function reindexDocument(tx: Tx, dialect: Dialect, id: string): Promise<void> {
  const doc = await tx.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  await indexDocument(tx, dialect, {
    kind: 'document',
    ownerId: doc.id,
    title: doc.title,
    number: doc.doc_no ?? '',
    body: bodyText(doc.body_html),
    year: Number((doc.issue_date ?? doc.created_at).slice(0, 4)),
    category: doc.kind,
    classification: doc.secret_level,
    unit: doc.issuer,
    status: doc.status,
  });
}

export interface SearchQuery {
  q: string;
  year?: number;
  kind?: string;
  secretLevel?: Clearance;
  status?: string;
  page: number;
  pageSize: number;
}

/** Full-text search over the documents the person may open; the count never includes others. */
export async function searchDocuments(core: Core, access: Access, f: SearchQuery) {
  const reader = await readerOf(core.db, access);
  const visible = core.db.selectFrom('documents').select('documents.id').where(visibleDocuments(core.db, reader));
  const result = await search(core.db, core.dialect, {
    kind: 'document',
    q: f.q,
    filters: { year: f.year, category: f.kind, classification: f.secretLevel, status: f.status },
    allowed: (eb) => eb('search_entries.owner_id', 'in', visible),
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  return { ...result, page: f.page, pageSize: f.pageSize };
}
