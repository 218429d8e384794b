import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import * as OTPAuth from 'otpauth';
import { demoApp, todoOn } from '../workflow/test-support.js';

const totpNow = (secret: string) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();

type App = Awaited<ReturnType<typeof demoApp>>;

describeEachDialect('documents: 发文 drafting, revisions, 批注 and the flow', (dialect) => {
  let t: App;
  let departments: Record<string, string>;
  beforeAll(async () => {
    t = await demoApp(dialect);
    const rows = await t.core.db.selectFrom('departments').select(['id', 'code']).execute();
    departments = Object.fromEntries(rows.map((d) => [d.code, d.id]));
  });
  afterAll(() => t.close());

  const approve = async (username: string, instanceId: string, opinion = '同意') => {
    const s = await t.as(username);
    const todo = await todoOn(s, instanceId);
    return s.req('POST', `/api/workflow/tasks/${todo.taskId}/approve`, { opinion });
  };

  it('a 科员 drafts a 通知, it is reviewed with tracked revisions and 批注, countersigned in parallel and signed off', async () => {
    const sunli = await t.as('sunli');
    const created = await sunli.req('POST', '/api/documents', { kind: 'notice' });
    expect(created.statusCode).toBe(200);
    const id = created.json().id as string;
    const draft = (await sunli.req('GET', `/api/documents/${id}`)).json();
    expect(draft).toMatchObject({ kindName: '通知', status: 'draft', revision: 1, issuer: '示例市人民政府办公室', drafterDepartment: '秘书科', can: { edit: true, submit: true } });
    expect(draft.body).toContain('<h1>一、总体要求</h1>');

    // Pasted markup is cut down to what the format allows; the script never reaches the database.
    const saved = await sunli.req('PUT', `/api/documents/${id}`, {
      baseRevision: 1,
      title: '关于做好年度预算执行工作的通知',
      mainTo: '各科室：',
      body: '<p style="color:red">为做好年度预算执行工作，现将有关事项通知如下：</p><script>alert(1)</script><h1>一、总体要求</h1><p>严格执行<b>年度预算</b>。</p>',
      countersignDepartmentIds: [departments.general!, departments.finance!],
      countersignMode: 'parallel',
      copyTo: ['市财政局'],
    });
    expect(saved.json()).toEqual({ revision: 2 });
    const stored = await t.core.db.selectFrom('documents').select(['body_html', 'copy_to']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.body_html).toBe('<p>为做好年度预算执行工作，现将有关事项通知如下：</p><h1>一、总体要求</h1><p>严格执行年度预算。</p>');
    // A save from a stale revision is refused and changes nothing.
    const stale = await sunli.req('PUT', `/api/documents/${id}`, { baseRevision: 1, title: '旧稿覆盖' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('DOCUMENT_STALE');

    const submitted = await sunli.req('POST', `/api/documents/${id}/submit`, {});
    expect(submitted.statusCode).toBe(200);
    const instanceId = submitted.json().flowInstanceId as string;
    // The drafter can no longer edit while it is under review.
    expect((await sunli.req('PUT', `/api/documents/${id}`, { baseRevision: 2, note: '改' })).statusCode).toBe(403);

    // 部门核稿: the 科长 edits (a new revision under his step) and annotates.
    const zhangwei = await t.as('zhangwei');
    const review = (await zhangwei.req('GET', `/api/documents/${id}`)).json();
    expect(review.can.edit).toBe(true);
    expect(review.myTasks[0]).toMatchObject({ stepName: '部门核稿', purpose: 'review' });
    const edited = await zhangwei.req('PUT', `/api/documents/${id}`, {
      baseRevision: 2,
      body: '<p>为做好年度决算执行工作，现将有关事项通知如下：</p><h1>一、总体要求</h1><p>严格执行年度预算。</p>',
    });
    expect(edited.json()).toEqual({ revision: 3 });
    const note = await zhangwei.req('POST', `/api/documents/${id}/annotations`, { revision: 3, block: 2, start: 0, end: 4, body: '请补充执行时限' });
    expect(note.statusCode).toBe(200);
    const badRange = await zhangwei.req('POST', `/api/documents/${id}/annotations`, { revision: 3, block: 9, start: 0, end: 4, body: 'x' });
    expect(badRange.statusCode).toBe(422);
    const reply = await sunli.req('POST', `/api/documents/${id}/annotations/${note.json().id}/replies`, { body: '已补充' });
    expect(reply.statusCode).toBe(200);
    expect((await sunli.req('POST', `/api/documents/${id}/annotations/${note.json().id}/resolve`, { resolved: true })).statusCode).toBe(200);

    const compared = (await zhangwei.req('GET', `/api/documents/${id}/compare?from=2&to=3`)).json();
    expect(compared.body).toContainEqual({ type: 'delete', text: '预算' });
    expect(compared.body).toContainEqual({ type: 'insert', text: '决算' });
    const view = (await sunli.req('GET', `/api/documents/${id}`)).json();
    expect(view.revisions.map((r: { step: string }) => r.step)).toEqual(['拟稿', '拟稿', '部门核稿']);
    expect(view.annotations).toMatchObject([
      { quote: '严格执行', body: '请补充执行时限', author: '张伟', resolvedBy: '孙丽' },
      { body: '已补充', author: '孙丽' },
    ]);

    // 办公室审核 passes by itself (the same 科长 approved before); 会签 goes to both heads at once.
    expect((await approve('zhangwei', instanceId)).statusCode).toBe(200);
    expect((await approve('zhenghai', instanceId)).statusCode).toBe(200);
    expect((await approve('chenggang', instanceId)).statusCode).toBe(200);

    const signed = await approve('wangjianguo', instanceId, '同意印发');
    expect(signed.statusCode).toBe(200);
    const afterSign = (await sunli.req('GET', `/api/documents/${id}`)).json();
    expect(afterSign).toMatchObject({ status: 'signed', signer: '王建国', signOpinion: '同意印发' });

    // 编号 cannot be completed before a number is taken.
    const clerkTodo = await todoOn(await t.as('wuting'), instanceId);
    expect(clerkTodo.stepName).toBe('编号');
    const early = await (await t.as('wuting')).req('POST', `/api/workflow/tasks/${clerkTodo.taskId}/approve`, {});
    expect(early.statusCode).toBe(422);
    expect(early.json().error.fields.docNo).toBe('请先取文号');

    // Every step left its audit record.
    const audited = await t.core.db.selectFrom('audit_log').select('action').where('target_id', '=', id).execute();
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['document.create', 'document.save', 'document.submit', 'document.annotate']));
  });

  it('need-to-know and clearance: others neither open nor list a document; nobody drafts above their clearance', async () => {
    const sunli = await t.as('sunli');
    const id = (await sunli.req('POST', '/api/documents', { kind: 'request' })).json().id as string;
    const panming = await t.as('panming');
    expect((await panming.req('GET', `/api/documents/${id}`)).statusCode).toBe(404);
    expect((await panming.req('GET', '/api/documents')).json().items.map((d: { id: string }) => d.id)).not.toContain(id);
    // 文书 see ordinary documents of the unit, not state secrets.
    expect((await (await t.as('wuting')).req('GET', `/api/documents/${id}`)).statusCode).toBe(200);

    const above = await sunli.req('POST', '/api/documents', { kind: 'notice', secretLevel: 'secret' });
    expect(above.statusCode).toBe(422);
    expect(above.json().error.fields.secretLevel).toBe('密级不能高于您的涉密等级');

    const zhaomin = await t.as('zhaomin');
    const secret = (await zhaomin.req('POST', '/api/documents', { kind: 'notice', secretLevel: 'secret', secretTerm: '1年' })).json().id as string;
    expect((await (await t.as('wuting')).req('GET', `/api/documents/${secret}`)).statusCode).toBe(404);

    // A state secret opens only after a second factor given in the last ten minutes of the session.
    const locked = await zhaomin.req('GET', `/api/documents/${secret}`);
    expect(locked.statusCode).toBe(403);
    expect(locked.json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await zhaomin.req('POST', '/api/auth/second-factor', { code: '123456' })).json().error.code).toBe('TOTP_NOT_ENABLED');
    const setup = (await zhaomin.req('POST', '/api/auth/totp/setup')).json();
    expect((await zhaomin.req('POST', '/api/auth/totp/enable', { code: totpNow(setup.secret) })).statusCode).toBe(200);
    expect((await zhaomin.req('GET', `/api/documents/${secret}`)).json()).toMatchObject({ secretLevel: 'secret', secretTerm: '1年' });

    await t.core.db.updateTable('sessions').set({ second_factor_at: new Date(Date.now() - 11 * 60_000).toISOString() }).where('user_id', '=', await t.userId('zhaomin')).execute();
    expect((await zhaomin.req('GET', `/api/documents/${secret}`)).statusCode).toBe(403);
    expect((await zhaomin.req('POST', '/api/auth/second-factor', { code: '000000' })).statusCode).toBe(422);
    expect((await zhaomin.req('POST', '/api/auth/second-factor', { code: totpNow(setup.secret) })).statusCode).toBe(200);
    expect((await zhaomin.req('GET', `/api/documents/${secret}`)).statusCode).toBe(200);
    const recorded = await t.core.db.selectFrom('audit_log').select('action').where('actor_id', '=', await t.userId('zhaomin')).execute();
    expect(recorded.map((r) => r.action)).toEqual(expect.arrayContaining(['document.open', 'security.alert.secondFactorFailed', 'auth.secondFactor']));
  });
});
