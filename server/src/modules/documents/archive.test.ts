import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { nowIso } from '../../platform/util.js';
import { demoApp, todoOn } from '../workflow/test-support.js';
import { expireBorrowings } from './service/archive-borrowing.js';

type App = Awaited<ReturnType<typeof demoApp>>;
type Session = Awaited<ReturnType<App['as']>>;

const SECRET_TITLE = '关于开展保密检查工作的通知';
const PUBLIC_TITLE = '关于做好年度预算执行工作的通知';

describeEachDialect('archive: 档案检索, 借阅, 清退与销毁', (dialect) => {
  let t: App;
  let secretId: string;
  let publicId: string;
  let secretDocNo: string;

  /** A second factor just given in this person's sessions (what /api/auth/second-factor records). */
  const secondFactor = async (username: string) =>
    t.core.db.updateTable('sessions').set({ second_factor_at: nowIso() }).where('user_id', '=', await t.userId(username)).execute();

  /** The work of the 发文 flow's steps after 签发, done by whoever holds the step. */
  const WORK: Record<string, (s: Session, id: string, retention: string) => Promise<{ statusCode: number }>> = {
    编号: (s, id) => s.req('POST', `/api/documents/${id}/number`, {}),
    用印排版: async (s, id) => s.req('POST', `/api/documents/${id}/formal`, { sealId: (await s.req('GET', '/api/seals')).json().items[0].id }),
    分发: async (s, id) => {
      const units = (await s.req('GET', '/api/external-units')).json().items as { id: string; email: string }[];
      return s.req('POST', `/api/documents/${id}/distribute`, { externalUnitIds: units.filter((u) => !u.email).map((u) => u.id) });
    },
    归档: async (s, id, retention) => {
      await secondFactor('lufang');
      return s.req('POST', `/api/documents/${id}/archive`, { retention });
    },
  };

  /** Drives a 通知 through the whole 发文 chain (every task acted on by its holder) into the archive. */
  async function archived(drafter: string, title: string, body: string, retention: string, secretLevel?: 'secret') {
    const s = await t.as(drafter);
    const id = (await s.req('POST', '/api/documents', { kind: 'notice', ...(secretLevel ? { secretLevel, secretTerm: '10年' } : {}) })).json().id as string;
    expect((await s.req('PUT', `/api/documents/${id}`, { baseRevision: 1, title, body: `<p>${body}</p>` })).statusCode).toBe(200);
    expect((await s.req('POST', `/api/documents/${id}/annotations`, { revision: 2, block: 0, start: 0, end: 2, body: '请核对' })).statusCode).toBe(200);
    const instanceId = (await s.req('POST', `/api/documents/${id}/submit`, {})).json().flowInstanceId as string;
    for (let guard = 0; guard < 20; guard++) {
      const task = await t.core.db
        .selectFrom('flow_tasks')
        .innerJoin('users', 'users.id', 'flow_tasks.assignee_user_id')
        .select(['flow_tasks.id', 'flow_tasks.step_name', 'users.username'])
        .where('flow_tasks.instance_id', '=', instanceId)
        .where('flow_tasks.status', '=', 'pending')
        .executeTakeFirst();
      if (!task) break;
      const holder = await t.as(task.username);
      const work = WORK[task.step_name];
      if (work) expect((await work(holder, id, retention)).statusCode).toBe(200);
      expect((await holder.req('POST', `/api/workflow/tasks/${task.id}/approve`, { opinion: '同意' })).statusCode).toBe(200);
    }
    expect((await t.core.db.selectFrom('documents').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('archived');
    return id;
  }

  const approve = async (username: string, instanceId: string, action: 'approve' | 'reject' = 'approve') => {
    const s = await t.as(username);
    return s.req('POST', `/api/workflow/tasks/${(await todoOn(s, instanceId)).taskId}/${action}`, { opinion: action === 'approve' ? '同意' : '不同意' });
  };
  const records = async (username: string, query = '') => (await (await t.as(username)).req('GET', `/api/archive/records${query}`)).json();
  const opens = async (username: string, id: string) => (await (await t.as(username)).req('GET', `/api/documents/${id}`)).statusCode;
  const actions = async () => (await t.core.db.selectFrom('audit_log').select('action').where('action', 'like', 'archive.%').execute()).map((r) => r.action);

  beforeAll(async () => {
    t = await demoApp(dialect);
    secretId = await archived('zhangwei', SECRET_TITLE, '各科室开展保密检查，重点检查涉密载体管理。', '30年', 'secret');
    publicId = await archived('sunli', PUBLIC_TITLE, '严格执行年度预算，确保资金安全。', '10年');
    secretDocNo = (await t.core.db.selectFrom('documents').select('doc_no').where('id', '=', secretId).executeTakeFirstOrThrow()).doc_no!;
  }, 120_000);
  afterAll(() => t.close());

  it('lists what each person is cleared for: in full, masked for a secret without need-to-know, nothing above the clearance', async () => {
    const year = new Date().getFullYear();
    const full = await records('lufang');
    expect(full.total).toBe(2);
    expect(full.items.map((i: { documentId: string }) => i.documentId)).toEqual([publicId, secretId]);
    expect(full.items[1]).toMatchObject({ title: SECRET_TITLE, masked: false, secretLevel: 'secret', retention: '30年', year, docNo: secretDocNo, archivist: '卢芳' });

    // 赵敏 (秘密) had no part in it: 文号, 年度, 密级 and 保管期限 only, and she may ask to borrow it.
    const masked = (await records('zhaomin')).items.find((i: { documentId: string }) => i.documentId === secretId);
    expect(masked).toMatchObject({ masked: true, title: null, keywords: [], kind: null, archivedAt: null, archivist: null, docNo: secretDocNo, year, secretLevel: 'secret', retention: '30年', canOpen: false, canBorrow: true });
    expect((await records('zhaomin', '?kind=notice')).items.map((i: { documentId: string }) => i.documentId)).toEqual([publicId]);
    // Her text search matches its 文号, never its title.
    expect((await records('zhaomin', `?q=${encodeURIComponent('保密检查')}`)).total).toBe(0);
    expect((await records('zhaomin', `?q=${encodeURIComponent(secretDocNo)}`)).items.map((i: { documentId: string }) => i.documentId)).toEqual([secretId]);
    expect((await records('lufang', `?q=${encodeURIComponent('保密检查')}`)).items.map((i: { documentId: string }) => i.documentId)).toEqual([secretId]);

    // Above the clearance: not listed, not counted, not even by filter; the archivist 蔡文 (内部) likewise.
    for (const username of ['panming', 'sunli', 'caiwen']) {
      const seen = await records(username);
      expect(seen.total).toBe(1);
      expect(seen.items[0].documentId).toBe(publicId);
      expect((await records(username, '?secretLevel=secret')).total).toBe(0);
    }
    expect((await (await t.as('panming')).req('GET', `/api/archive/records/${secretId}`)).statusCode).toBe(404);

    // The filters: 保管期限, 密级, 年度, 文种.
    expect((await records('lufang', `?retention=${encodeURIComponent('10年')}`)).items.map((i: { documentId: string }) => i.documentId)).toEqual([publicId]);
    expect((await records('lufang', '?secretLevel=secret')).total).toBe(1);
    expect((await records('lufang', `?year=${year - 1}`)).total).toBe(0);
    expect((await records('lufang', `?year=${year}&kind=notice`)).total).toBe(2);
    expect((await records('lufang', '?kind=letter')).total).toBe(0);
  });

  it('lends a secret record on approval by the 档案员 and the 主任, with the second factor, until it is returned or falls due', async () => {
    const zhaomin = await t.as('zhaomin');
    expect(await opens('zhaomin', secretId)).toBe(404);
    expect((await zhaomin.req('POST', `/api/archive/records/${secretId}/borrowings`, { reason: '核对保密检查要求', days: 31 })).statusCode).toBe(400);
    const asked = await zhaomin.req('POST', `/api/archive/records/${secretId}/borrowings`, { reason: '核对保密检查要求', days: 7 });
    expect(asked.statusCode).toBe(200);
    const { id, flowInstanceId } = asked.json();
    expect((await zhaomin.req('POST', `/api/archive/records/${secretId}/borrowings`, { reason: '再借', days: 3 })).statusCode).toBe(409);
    // The approvers see what is asked for, but not the secret's title.
    const flow = await t.core.db.selectFrom('flow_instances').select(['title', 'form_data']).where('id', '=', flowInstanceId).executeTakeFirstOrThrow();
    expect(flow.title).toBe(`借阅档案：${secretDocNo}（秘密）`);
    expect(flow.form_data).not.toContain(SECRET_TITLE);

    expect((await approve('lufang', flowInstanceId)).statusCode).toBe(200);
    expect((await zhaomin.req('GET', '/api/archive/borrowings')).json().items[0]).toMatchObject({ id, status: 'pending', masked: true });
    expect(await opens('zhaomin', secretId)).toBe(404);
    expect((await approve('wangjianguo', flowInstanceId)).statusCode).toBe(200);

    const mine = (await zhaomin.req('GET', '/api/archive/borrowings')).json().items[0];
    expect(mine).toMatchObject({ id, status: 'approved', canOpen: true, canReturn: true, title: SECRET_TITLE });
    expect(Date.parse(mine.dueAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const locked = await zhaomin.req('GET', `/api/documents/${secretId}`);
    expect(locked.json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    await secondFactor('zhaomin');
    expect((await zhaomin.req('GET', `/api/documents/${secretId}`)).json()).toMatchObject({ title: SECRET_TITLE, status: 'archived' });
    expect((await records('zhaomin', `?q=${encodeURIComponent('保密检查')}`)).items[0]).toMatchObject({ documentId: secretId, masked: false, canOpen: true, canBorrow: false });
    // The archivist's 借阅登记 lists it; a 科员 may not read the register.
    expect((await (await t.as('lufang')).req('GET', '/api/archive/borrowings?scope=all')).json().items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await (await t.as('sunli')).req('GET', '/api/archive/borrowings?scope=all')).statusCode).toBe(403);

    // 归还 ends it at once; returning twice is refused.
    expect((await zhaomin.req('POST', `/api/archive/borrowings/${id}/return`)).statusCode).toBe(200);
    expect((await zhaomin.req('POST', `/api/archive/borrowings/${id}/return`)).statusCode).toBe(409);
    expect(await opens('zhaomin', secretId)).toBe(404);

    // Borrowed again, the loan falls due: the grant's expiry hides it, the hourly job records it.
    const again = (await zhaomin.req('POST', `/api/archive/records/${secretId}/borrowings`, { reason: '再次核对', days: 1 })).json();
    for (const who of ['lufang', 'wangjianguo']) expect((await approve(who, again.flowInstanceId)).statusCode).toBe(200);
    expect(await opens('zhaomin', secretId)).toBe(200);
    const loan = await t.core.db.selectFrom('archive_borrowings').selectAll().where('id', '=', again.id).executeTakeFirstOrThrow();
    const past = new Date(Date.now() - 60_000).toISOString();
    await t.core.db.updateTable('archive_borrowings').set({ due_at: past }).where('id', '=', again.id).execute();
    await t.core.db.updateTable('document_grants').set({ expires_at: past }).where('id', '=', loan.grant_id!).execute();
    expect(await opens('zhaomin', secretId)).toBe(404);
    const expired: unknown[] = [];
    const stop = t.core.bus.on('archive.borrowing.expired', (e) => expired.push(e.payload));
    expect(await expireBorrowings(t.core)).toBe(1);
    stop();
    expect(expired).toEqual([{ borrowingId: again.id, documentId: secretId, userId: await t.userId('zhaomin') }]);
    expect((await zhaomin.req('GET', '/api/archive/borrowings?status=expired')).json().items.map((i: { id: string }) => i.id)).toEqual([again.id]);
    expect(await actions()).toEqual(expect.arrayContaining(['archive.borrow.request', 'archive.borrow.approve', 'archive.borrow.return', 'archive.borrow.expire']));
  });

  it('an unclassified record needs the 档案员 only; a rejected request gives nothing; a withdrawn one may be made again', async () => {
    const panming = await t.as('panming');
    expect(await opens('panming', publicId)).toBe(404);
    const lent = (await panming.req('POST', `/api/archive/records/${publicId}/borrowings`, { reason: '参考预算执行要求', days: 3 })).json();
    expect((await approve('lufang', lent.flowInstanceId)).statusCode).toBe(200);
    expect((await panming.req('GET', '/api/archive/borrowings')).json().items[0]).toMatchObject({ status: 'approved' });
    expect(await opens('panming', publicId)).toBe(200);

    const refused = (await (await t.as('zhaomin')).req('POST', `/api/archive/records/${publicId}/borrowings`, { reason: '了解情况', days: 5 })).json();
    expect((await approve('lufang', refused.flowInstanceId, 'reject')).statusCode).toBe(200);
    expect((await (await t.as('zhaomin')).req('GET', '/api/archive/borrowings?status=rejected')).json().items.map((i: { id: string }) => i.id)).toEqual([refused.id]);
    expect(await opens('zhaomin', publicId)).toBe(404);
    expect(await t.core.db.selectFrom('document_grants').select('id').where('document_id', '=', publicId).where('user_id', '=', await t.userId('zhaomin')).execute()).toEqual([]);
    expect(await actions()).toContain('archive.borrow.reject');

    // A request withdrawn on its flow shows as withdrawn and may be made again.
    const zhoujie = await t.as('zhoujie');
    const first = (await zhoujie.req('POST', `/api/archive/records/${publicId}/borrowings`, { reason: '参考', days: 2 })).json();
    expect((await zhoujie.req('POST', `/api/workflow/instances/${first.flowInstanceId}/withdraw`, {})).statusCode).toBe(200);
    expect((await zhoujie.req('GET', '/api/archive/borrowings')).json().items[0]).toMatchObject({ id: first.id, status: 'withdrawn' });
    expect((await zhoujie.req('POST', `/api/archive/records/${publicId}/borrowings`, { reason: '参考', days: 2 })).statusCode).toBe(200);
    expect((await t.core.db.selectFrom('archive_borrowings').select('status').where('id', '=', first.id).executeTakeFirstOrThrow()).status).toBe('withdrawn');
  });

  it('destroys a secret record only by approval, erasing body, revisions, 批注, files, blobs and the search entry, and keeps the record', async () => {
    const lufang = await t.as('lufang');
    const body = { kind: 'destroy', reason: '保管期限内经鉴定无保存价值' };
    expect((await (await t.as('zhangwei')).req('POST', `/api/archive/records/${secretId}/disposals`, body)).statusCode).toBe(403);
    expect((await lufang.req('POST', `/api/archive/records/${publicId}/disposals`, body)).statusCode).toBe(422);
    const asked = (await lufang.req('POST', `/api/archive/records/${secretId}/disposals`, body)).json();
    expect((await lufang.req('POST', `/api/archive/records/${secretId}/disposals`, body)).statusCode).toBe(409);
    expect((await lufang.req('POST', `/api/archive/disposals/${asked.id}/execute`)).statusCode).toBe(409);
    for (const who of ['zhangwei', 'wangjianguo']) expect((await approve(who, asked.flowInstanceId)).statusCode).toBe(200);
    expect((await (await t.as('wuting')).req('POST', `/api/archive/disposals/${asked.id}/execute`)).statusCode).toBe(403);

    const doc = await t.core.db.selectFrom('documents').selectAll().where('id', '=', secretId).executeTakeFirstOrThrow();
    const archive = await t.core.db.selectFrom('document_archives').selectAll().where('document_id', '=', secretId).executeTakeFirstOrThrow();
    const fileIds = [doc.formal_pdf_file_id!, doc.formal_docx_file_id!, archive.package_file_id];
    const files = await t.core.db.selectFrom('files').select(['id', 'sha', 'name']).where('id', 'in', fileIds).execute();
    expect(files).toHaveLength(3);
    const blobPath = (sha: string) => path.join(t.core.config.dataDir, 'files', sha.slice(0, 2), sha);
    for (const f of files) expect(fs.existsSync(blobPath(f.sha))).toBe(true);
    expect((await (await t.as('zhangwei')).req('GET', `/api/documents/search?q=${encodeURIComponent('保密检查')}`)).json().total).toBe(1);

    const done = await lufang.req('POST', `/api/archive/disposals/${asked.id}/execute`);
    expect(done.statusCode).toBe(200);
    expect((await lufang.req('POST', `/api/archive/disposals/${asked.id}/execute`)).statusCode).toBe(409);

    const after = await t.core.db.selectFrom('documents').selectAll().where('id', '=', secretId).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ status: 'destroyed', body_html: '', formal_pdf_file_id: null, formal_docx_file_id: null });
    const revisions = await t.core.db.selectFrom('document_revisions').select('body_html').where('document_id', '=', secretId).execute();
    expect(revisions.length).toBeGreaterThan(1);
    expect(revisions.every((r) => r.body_html === '')).toBe(true);
    expect(await t.core.db.selectFrom('document_annotations').select('id').where('document_id', '=', secretId).execute()).toEqual([]);
    expect(await t.core.db.selectFrom('files').select('id').where('id', 'in', fileIds).execute()).toEqual([]);
    for (const f of files) expect(fs.existsSync(blobPath(f.sha))).toBe(false);
    expect(await t.core.db.selectFrom('search_entries').select('id').where('owner_id', '=', secretId).execute()).toEqual([]);
    expect((await (await t.as('zhangwei')).req('GET', `/api/documents/search?q=${encodeURIComponent('保密检查')}`)).json().total).toBe(0);

    // The 销毁登记簿 keeps what was destroyed, with the digests, who asked, who approved and who carried it out.
    const register = (await lufang.req('GET', '/api/archive/disposals')).json();
    expect(register.items[0]).toMatchObject({ id: asked.id, status: 'done', kind: 'destroy', docNo: secretDocNo, executedBy: '卢芳' });
    const record = register.items[0].record;
    expect(record).toMatchObject({ title: SECRET_TITLE, docNo: secretDocNo, secretLevel: 'secret', retention: '30年', requestedBy: '卢芳', executedBy: '卢芳' });
    expect(record.files.map((f: { name: string; sm3: string }) => [f.name, f.sm3]).sort()).toEqual(files.map((f) => [f.name, f.sha]).sort());
    expect(record.packageContents.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['正式文件.pdf', '发文稿纸.pdf', '修改稿/第2稿.html']));
    expect(record.packageContents.every((f: { sm3: string }) => /^[0-9a-f]{64}$/.test(f.sm3))).toBe(true);
    expect(record.approvals.map((a: { person: string; action: string }) => [a.person, a.action])).toEqual([
      ['张伟', 'approve'],
      ['王建国', 'approve'],
    ]);
    expect((await (await t.as('sunli')).req('GET', '/api/archive/disposals')).statusCode).toBe(403);

    // The document still opens for who may, showing it was destroyed; it cannot be borrowed any more.
    await secondFactor('zhangwei');
    expect((await (await t.as('zhangwei')).req('GET', `/api/documents/${secretId}`)).json()).toMatchObject({ status: 'destroyed', body: '' });
    expect((await lufang.req('GET', `/api/archive/records/${secretId}`)).json()).toMatchObject({ status: 'destroyed', keywords: [], disposal: { kind: 'destroy', executedBy: '卢芳' } });
    expect((await (await t.as('xiejun')).req('POST', `/api/archive/records/${secretId}/borrowings`, { reason: '查阅', days: 1 })).statusCode).toBe(409);
    expect(await actions()).toEqual(expect.arrayContaining(['archive.destroy.request', 'archive.destroy.approve', 'archive.destroy.execute']));
  });
});
