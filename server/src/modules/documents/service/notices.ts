import type { Work } from '../../../platform/command.js';
import { directory } from '../../../platform/directory.js';
import { notify } from '../../notifications/index.js';

interface DocumentRef {
  title: string;
  doc_no: string | null;
}

const params = (doc: DocumentRef) => ({ title: doc.title, docNo: doc.doc_no ?? '' });

/** The 文书 of these departments: who signs for a copy distributed to them. */
async function clerksOf(w: Work, departmentIds: string[]): Promise<string[]> {
  const post = await directory().postIdByCode(w.tx, 'document-clerk');
  return post && departmentIds.length ? directory().usersWithPost(w.tx, post, departmentIds) : [];
}

/** Tells the departments' 文书 that a copy awaits their signature (late: a workday has passed). */
export async function noticeToSignFor(w: Work, doc: DocumentRef, departmentIds: string[], late = false): Promise<void> {
  await notify(w, {
    userIds: await clerksOf(w, departmentIds),
    category: 'document',
    kind: late ? 'document.distribution.late' : 'document.distributed',
    titleKey: late ? 'notice.document.lateSignFor' : 'notice.document.distributed',
    bodyKey: late ? 'notice.document.lateSignForBody' : 'notice.document.distributedBody',
    params: params(doc),
    link: '/documents/receipts',
  });
}

/** Tells readers a circulation reached them, or reminds them of it. */
export async function noticeCirculation(w: Work, doc: DocumentRef, userIds: string[], reminder = false): Promise<void> {
  await notify(w, {
    userIds,
    category: 'document',
    kind: reminder ? 'document.circulation.reminded' : 'document.circulation.delivered',
    titleKey: reminder ? 'notice.document.circulationReminded' : 'notice.document.circulated',
    bodyKey: reminder ? 'notice.document.circulationRemindedBody' : 'notice.document.circulatedBody',
    params: params(doc),
    link: '/circulations',
  });
}
