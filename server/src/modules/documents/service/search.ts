import type { Core, Ctx } from '../../../platform/context.js';
import type { Dialect, Tx } from '../../../platform/db/index.js';
import type { Access } from '../../../platform/access/resolve.js';
import type { Clearance } from '../../../platform/db/schema.js';
import { indexDocument, search } from '../../../platform/search/index.js';
import { listingReader, visibleDocuments } from '../policy.js';
import { documentText } from './attachments.js';

/** Brings a document's search entry up to date (its text and its attachments' text), in the transaction that changed it. */
export async function reindexDocument(tx: Tx, dialect: Dialect, id: string): Promise<void> {
  const [doc, incoming] = await Promise.all([
    tx.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    tx.selectFrom('incoming_documents').select(['receipt_no', 'source_doc_no']).where('document_id', '=', id).executeTakeFirst(),
  ]);
  await indexDocument(tx, dialect, {
    kind: 'document',
    ownerId: doc.id,
    title: doc.title,
    // A 收文 is found by its 收文编号 and by the sender's 文号.
    number: [doc.doc_no, incoming?.receipt_no, incoming?.source_doc_no].filter(Boolean).join(' '),
    body: await documentText(tx, doc),
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
export async function searchDocuments(core: Core, ctx: Ctx, access: Access, f: SearchQuery) {
  const reader = await listingReader(core.db, access, ctx.ip);
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
