import type { Module } from '../index.js';
import { registerTaskActionHook } from '../workflow/index.js';
import { registerFileLinkResolver } from '../../platform/files/files.js';
import { documentRoutes } from './routes.js';
import { publicPages } from './public-pages.js';
import { isClassified, readerOf, visibleDocument } from './policy.js';
import { onDocumentTask } from './service/flow-hooks.js';
import { MAIL_JOB, mailDistribution } from './service/distribution.js';

registerTaskActionHook('document', onDocumentTask);

// A document's files are visible to whoever may open it; those of a state secret only through the
// document's own download, which asks for the second factor and watermarks.
registerFileLinkResolver('document', async (db, access, id) =>
  visibleDocument(db, await readerOf(db, access), id).then(
    (doc) => !isClassified(doc.secret_level),
    () => false,
  ),
);

/** Official documents (公文): 发文 drafting, revisions, 批注, its flow, 编号, 用印排版 and 分发. */
export const documentsModule: Module = {
  name: 'documents',
  routes: async (app, core) => {
    await documentRoutes(app, core);
    await publicPages(app, core);
  },
  jobs: { [MAIL_JOB]: (core, payload) => mailDistribution(core, payload) },
};

export { seedDocuments } from './seed.js';
