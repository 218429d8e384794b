import type { Module } from '../index.js';
import { registerTaskActionHook } from '../workflow/index.js';
import { registerFileLinkResolver } from '../../platform/files/files.js';
import { documentRoutes } from './routes.js';
import { publicPages } from './public-pages.js';
import { isClassified, readerOf, visibleDocument } from './policy.js';
import { onDocumentTask } from './service/flow-hooks.js';
import { MAIL_JOB, mailDistribution } from './service/distribution.js';
import { onIncomingTask } from './service/incoming-handling.js';
import { INCOMING_SWEEP_JOB, sweepIncoming } from './service/incoming-reminders.js';
import { BORROWING_FLOW_KEY, DISPOSAL_FLOW_KEY } from './archive-flows.js';
import { BORROWING_EXPIRY_JOB, expireBorrowings, onBorrowingTask } from './service/archive-borrowing.js';
import { onDisposalTask } from './service/archive-disposal.js';

registerTaskActionHook('document', onDocumentTask);
registerTaskActionHook('incomingDocument', onIncomingTask);
registerTaskActionHook(BORROWING_FLOW_KEY, onBorrowingTask);
registerTaskActionHook(DISPOSAL_FLOW_KEY, onDisposalTask);

// A document's files are visible to whoever may open it; those of a state secret only through the
// document's own download, which asks for the second factor and watermarks.
registerFileLinkResolver('document', async (db, access, id) =>
  visibleDocument(db, await readerOf(db, access), id).then(
    (doc) => !isClassified(doc.secret_level),
    () => false,
  ),
);

/** Official documents (公文): 发文 (drafting, revisions, 批注, its flow, 编号, 用印排版, 分发), 收文 and the archive. */
export const documentsModule: Module = {
  name: 'documents',
  routes: async (app, core) => {
    await documentRoutes(app, core);
    await publicPages(app, core);
  },
  jobs: { [MAIL_JOB]: (core, payload) => mailDistribution(core, payload), [INCOMING_SWEEP_JOB]: (core) => sweepIncoming(core), [BORROWING_EXPIRY_JOB]: async (core) => void (await expireBorrowings(core)) },
  recurring: [{ kind: INCOMING_SWEEP_JOB, uniqueKey: `recurring:${INCOMING_SWEEP_JOB}`, everyMs: 60 * 60_000 }, { kind: BORROWING_EXPIRY_JOB, uniqueKey: `recurring:${BORROWING_EXPIRY_JOB}`, everyMs: 60 * 60_000 }],
};

export { seedDocuments } from './seed.js';
// For meetings (classified materials) and supervision (the 通报 PDF).
export { keepForDocument, readingCopy } from './service/reading-copy.js';
/** The document fonts for another module's PDF, loaded on first use with pdfkit (some 27 MB the idle server does not carry). */
export const documentFonts = () => import('./layout/fonts.js');
