import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect, type Session } from '../../test/harness.js';
import type { DomainEvent } from '../../platform/events/bus.js';
import { demoApp } from '../workflow/test-support.js';
import { withinRanges } from './service/terminal-ranges.js';

type App = Awaited<ReturnType<typeof demoApp>>;
type Reader = { name: string; status: string; opinion: string; readAt: string | null };

describe('approved terminal ranges', () => {
  it('match single addresses and CIDR ranges of both families, also when IPv4 arrives wrapped in IPv6', () => {
    const ranges = ['10.1.2.0/24', '192.168.0.7', 'fd00:1::/64'];
    expect(withinRanges('10.1.2.200', ranges)).toBe(true);
    expect(withinRanges('::ffff:10.1.2.3', ranges)).toBe(true);
    expect(withinRanges('10.1.3.1', ranges)).toBe(false);
    expect(withinRanges('192.168.0.7', ranges)).toBe(true);
    expect(withinRanges('192.168.0.8', ranges)).toBe(false);
    expect(withinRanges('fd00:1::abcd', ranges)).toBe(true);
    expect(withinRanges('fd00:2::1', ranges)).toBe(false);
    expect(withinRanges('not an address', ranges)).toBe(false);
  });
});

describeEachDialect('documents: 传阅, need-to-know grants and approved terminals', (dialect) => {
  let t: App;
  const events: DomainEvent[] = [];
  beforeAll(async () => {
    t = await demoApp(dialect);
    t.core.bus.on('*', (e) => events.push(e));
  });
  afterAll(() => t.close());

  const draft = async (username: string, secretLevel = 'public') => {
    const res = await (await t.as(username)).req('POST', '/api/documents', { kind: 'notice', secretLevel, ...(secretLevel === 'public' ? {} : { secretTerm: '1年' }) });
    expect(res.statusCode).toBe(200);
    return res.json().id as string;
  };
  /** A second factor "just given" in the person's sessions, as the 稿纸 would ask for it. */
  const secondFactor = async (username: string) =>
    t.core.db.updateTable('sessions').set({ second_factor_at: new Date().toISOString() }).where('user_id', '=', await t.userId(username)).execute();
  const ids = (usernames: string[]) => Promise.all(usernames.map((u) => t.userId(u)));
  const inbox = async (s: Session, box: 'unread' | 'read') => (await s.req('GET', `/api/circulations?box=${box}`)).json().items.map((i: { id: string }) => i.id);
  const actions = async (targetId: string) => (await t.core.db.selectFrom('audit_log').select('action').where('target_id', '=', targetId).orderBy('seq').execute()).map((a) => a.action);

  it('one after another: only the reader it is with sees the document; 阅毕 passes it on; the starter sees who has not read', async () => {
    const doc = await draft('sunli');
    const sunli = await t.as('sunli');
    const [zhoujie, heping] = [await t.as('zhoujie'), await t.as('heping')];
    const started = await sunli.req('POST', `/api/documents/${doc}/circulations`, { mode: 'sequential', readerIds: await ids(['zhoujie', 'heping']), note: '请阅' });
    expect(started.statusCode).toBe(200);
    const id = started.json().id as string;
    expect(events).toContainEqual({ type: 'document.circulation.delivered', payload: { documentId: doc, circulationId: id, userId: await t.userId('zhoujie') } });

    expect(await inbox(zhoujie, 'unread')).toContain(id);
    // 何平 waits: no need-to-know yet, so neither the document nor the circulation exists for him.
    expect(await inbox(heping, 'unread')).not.toContain(id);
    expect((await heping.req('GET', `/api/documents/${doc}`)).statusCode).toBe(404);
    expect((await heping.req('GET', `/api/circulations/${id}`)).statusCode).toBe(404);
    expect((await heping.req('POST', `/api/circulations/${id}/read`, {})).statusCode).toBe(404);
    expect((await zhoujie.req('GET', `/api/documents/${doc}`)).statusCode).toBe(200);

    const before = (await sunli.req('GET', `/api/circulations/${id}`)).json();
    expect(before).toMatchObject({ mode: 'sequential', note: '请阅', total: 2, readCount: 0, notRead: ['周杰', '何平'], can: { remind: true, addReaders: true, read: false } });
    expect(before.readers.map((r: Reader) => r.status)).toEqual(['unread', 'waiting']);

    expect((await zhoujie.req('POST', `/api/circulations/${id}/read`, { opinion: '已阅，同意' })).json()).toEqual({ finished: false });
    expect((await zhoujie.req('POST', `/api/circulations/${id}/read`, {})).json().error.code).toBe('CIRCULATION_NOT_UNREAD');
    expect(await inbox(zhoujie, 'read')).toContain(id);
    expect(await inbox(heping, 'unread')).toContain(id);
    expect((await heping.req('GET', `/api/documents/${doc}`)).statusCode).toBe(200);
    // Each reader is told when it reaches them, in the notification centre.
    const notices = (u: typeof heping) => u.req('GET', '/api/notifications?category=document').then((r) => r.json().items as { kind: string; link: string }[]);
    expect(await notices(heping)).toEqual([expect.objectContaining({ kind: 'document.circulation.delivered', link: '/circulations' })]);
    expect((await notices(zhoujie)).map((n) => n.kind)).toEqual(['document.circulation.delivered']);

    const middle = (await sunli.req('GET', `/api/documents/${doc}/circulations`)).json().items[0];
    expect(middle).toMatchObject({ id, readCount: 1, notRead: ['何平'] });
    expect(middle.readers[0]).toMatchObject({ name: '周杰', status: 'read', opinion: '已阅，同意' });
    expect(middle.readers[0].readAt).toBeTruthy();

    expect((await heping.req('POST', `/api/circulations/${id}/read`, {})).json()).toEqual({ finished: true });
    const done = (await sunli.req('GET', '/api/circulations/started')).json().items.find((c: { id: string }) => c.id === id);
    expect(done).toMatchObject({ readCount: 2, total: 2, notRead: [], can: { remind: false, addReaders: false } });
    expect(done.finishedAt).toBeTruthy();
    expect((await sunli.req('POST', `/api/circulations/${id}/remind`)).json().error.code).toBe('CIRCULATION_FINISHED');
    expect(await actions(doc)).toEqual(expect.arrayContaining(['document.circulation.start', 'document.circulation.read']));
  });

  it('all at once: everyone has it; 催阅 once an hour; readers added later get it at once; finished when all have read', async () => {
    const doc = await draft('sunli');
    const sunli = await t.as('sunli');
    const id = (await sunli.req('POST', `/api/documents/${doc}/circulations`, { mode: 'parallel', readerIds: await ids(['zhoujie', 'heping']) })).json().id as string;
    expect(await inbox(await t.as('heping'), 'unread')).toContain(id);

    const reminded = await sunli.req('POST', `/api/circulations/${id}/remind`);
    expect(reminded.json()).toEqual({ reminded: 2 });
    expect(events.filter((e) => e.type === 'document.circulation.reminded' && e.payload.circulationId === id)).toHaveLength(1);
    const again = await sunli.req('POST', `/api/circulations/${id}/remind`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'REMIND_TOO_SOON', message: '每次传阅每小时只能催阅一次，请稍后再试' });
    // Only the starter reminds or adds readers.
    expect((await (await t.as('zhoujie')).req('POST', `/api/circulations/${id}/remind`)).statusCode).toBe(403);
    await t.core.db.updateTable('circulations').set({ reminded_at: new Date(Date.now() - 61 * 60_000).toISOString() }).where('id', '=', id).execute();
    expect((await sunli.req('POST', `/api/circulations/${id}/remind`)).statusCode).toBe(200);

    await (await t.as('zhoujie')).req('POST', `/api/circulations/${id}/read`, {});
    await (await t.as('heping')).req('POST', `/api/circulations/${id}/read`, {});
    expect((await sunli.req('GET', `/api/circulations/${id}`)).json().finishedAt).toBeTruthy();

    const second = (await sunli.req('POST', `/api/documents/${doc}/circulations`, { mode: 'parallel', readerIds: await ids(['zhoujie']) })).json().id as string;
    expect((await sunli.req('POST', `/api/circulations/${second}/readers`, { readerIds: await ids(['zhoujie']) })).json().error.code).toBe('CIRCULATION_NO_NEW_READERS');
    expect((await sunli.req('POST', `/api/circulations/${second}/readers`, { readerIds: await ids(['dujuan']) })).json()).toEqual({ added: 1 });
    const dujuan = await t.as('dujuan');
    expect(await inbox(dujuan, 'unread')).toContain(second);
    await dujuan.req('POST', `/api/circulations/${second}/read`, { opinion: '阅' });
    expect((await sunli.req('GET', `/api/circulations/${second}`)).json()).toMatchObject({ readCount: 1, total: 2, notRead: ['周杰'], finishedAt: null });
    expect(await actions(doc)).toEqual(expect.arrayContaining(['document.circulation.remind', 'document.circulation.addReaders']));
  });

  it('refuses readers without the clearance for the 密级, naming them, and changes nothing', async () => {
    const doc = await draft('zhaomin', 'secret');
    await secondFactor('zhaomin');
    const zhaomin = await t.as('zhaomin');
    const refused = await zhaomin.req('POST', `/api/documents/${doc}/circulations`, { mode: 'parallel', readerIds: await ids(['zhangwei', 'panming', 'dujuan']) });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields.readerIds).toBe('潘明、杜鹃 的涉密等级低于本文密级（秘密），不能传阅给其本人');
    expect(await t.core.db.selectFrom('circulations').select('id').where('document_id', '=', doc).execute()).toEqual([]);
    expect((await (await t.as('zhangwei')).req('GET', `/api/documents/${doc}`)).statusCode).toBe(404);
    // Its circulations show what readers wrote on it: like the document, only with a fresh second factor.
    await t.core.db.updateTable('sessions').set({ second_factor_at: null }).where('user_id', '=', await t.userId('zhaomin')).execute();
    expect((await zhaomin.req('GET', `/api/documents/${doc}/circulations`)).json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    // Someone who may not open the document cannot circulate it.
    expect((await (await t.as('sunli')).req('POST', `/api/documents/${doc}/circulations`, { mode: 'parallel', readerIds: await ids(['zhangwei']) })).statusCode).toBe(404);
  });

  it('a grant gives a cleared person need-to-know until revoked or past its last day, and never lifts the clearance', async () => {
    const doc = await draft('zhangwei', 'secret');
    const [secadmin, zhaomin, panming] = [await t.as('secadmin'), await t.as('zhaomin'), await t.as('panming')];
    await secondFactor('zhaomin');
    const listed = async () => (await zhaomin.req('GET', '/api/documents')).json().items.map((d: { id: string }) => d.id);
    expect((await zhaomin.req('GET', `/api/documents/${doc}`)).statusCode).toBe(404);

    const grant = { documentId: doc, userId: await t.userId('zhaomin'), reason: '参与保密检查' };
    expect((await (await t.as('wuting')).req('POST', '/api/document-grants', grant)).statusCode).toBe(403);
    const granted = await secadmin.req('POST', '/api/document-grants', grant);
    expect(granted.statusCode).toBe(200);
    const grantId = granted.json().id as string;
    expect((await zhaomin.req('GET', `/api/documents/${doc}`)).statusCode).toBe(200);
    expect(await listed()).toContain(doc);

    // The officer may not open it: the grant list and the look-up show its 密级, never its title.
    const rows = (await secadmin.req('GET', `/api/document-grants?documentId=${doc}`)).json();
    expect(rows.items).toMatchObject([{ id: grantId, person: '赵敏', secretLevel: 'secret', title: null, status: 'active', source: 'grant', expiresOn: null }]);
    expect((await secadmin.req('GET', `/api/document-grants/documents?q=${doc}`)).json().items).toMatchObject([{ id: doc, secretLevel: 'secret', title: null }]);

    expect((await secadmin.req('POST', `/api/document-grants/${grantId}/revoke`)).statusCode).toBe(200);
    expect((await secadmin.req('POST', `/api/document-grants/${grantId}/revoke`)).json().error.code).toBe('GRANT_REVOKED');
    expect((await zhaomin.req('GET', `/api/documents/${doc}`)).statusCode).toBe(404);
    expect(await listed()).not.toContain(doc);

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: t.core.config.timeZone }).format(new Date());
    const dated = await secadmin.req('POST', '/api/document-grants', { ...grant, expiresOn: today });
    expect((await zhaomin.req('GET', `/api/documents/${doc}`)).statusCode).toBe(200);
    expect((await secadmin.req('GET', `/api/document-grants?documentId=${doc}&status=active`)).json().items).toMatchObject([{ expiresOn: today }]);
    await t.core.db.updateTable('document_grants').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', dated.json().id).execute();
    expect((await zhaomin.req('GET', `/api/documents/${doc}`)).statusCode).toBe(404);
    expect((await secadmin.req('GET', `/api/document-grants?documentId=${doc}&status=expired`)).json().total).toBe(1);
    expect((await secadmin.req('POST', '/api/document-grants', { ...grant, expiresOn: '2000-01-01' })).statusCode).toBe(422);

    // Below the 密级: refused, and even a 借阅 grant written by the archive gives nothing.
    const uncleared = await secadmin.req('POST', '/api/document-grants', { ...grant, userId: await t.userId('panming') });
    expect(uncleared.statusCode).toBe(422);
    expect(uncleared.json().error.fields.userId).toContain('潘明 的涉密等级低于本文密级（秘密）');
    await t.core.db
      .insertInto('document_grants')
      .values({ id: crypto.randomUUID(), document_id: doc, user_id: await t.userId('panming'), source: 'borrow', reason: '借阅', granted_by: await t.userId('lufang'), granted_at: new Date().toISOString(), expires_at: null, revoked_at: null })
      .execute();
    expect((await panming.req('GET', `/api/documents/${doc}`)).statusCode).toBe(404);
    expect(await actions(doc)).toEqual(expect.arrayContaining(['document.grant', 'document.grant.revoke']));
  });

  it('a 机密 document opens only from an approved range; a refusal is a security alert', async () => {
    const doc = await draft('gaoxiang', 'confidential');
    await secondFactor('gaoxiang');
    const gaoxiang = await t.as('gaoxiang');
    const secadmin = await t.as('secadmin');
    const from = (ip: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: gaoxiang.cookie }, remoteAddress: ip });

    const refused = await from('10.20.30.40', `/api/documents/${doc}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'TERMINAL_NOT_APPROVED' });
    expect(refused.json().error.message).toContain('10.20.30.40');
    // A download goes through the same door.
    expect((await from('10.20.30.40', `/api/documents/${doc}/processing-form`)).json().error.code).toBe('TERMINAL_NOT_APPROVED');
    const alerts = await t.core.db.selectFrom('audit_log').select(['action', 'ip', 'outcome']).where('target_id', '=', doc).where('action', '=', 'security.alert.terminalRefused').execute();
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toMatchObject({ ip: '10.20.30.40', outcome: 'failure' });
    expect(events.some((e) => e.type === 'security.alert.terminalRefused' && e.payload.documentId === doc)).toBe(true);

    expect((await gaoxiang.req('POST', '/api/approved-terminals', { name: '机要室', cidr: '10.20.30.0/24' })).statusCode).toBe(403);
    expect((await secadmin.req('POST', '/api/approved-terminals', { name: '机要室', cidr: '10.20.30.0/33' })).json().error.fields.cidr).toContain('CIDR');
    const added = await secadmin.req('POST', '/api/approved-terminals', { name: '机要室', cidr: '10.20.30.0/24' });
    expect(added.statusCode).toBe(200);
    expect((await from('10.20.30.40', `/api/documents/${doc}`)).statusCode).toBe(200);
    expect((await from('10.20.31.40', `/api/documents/${doc}`)).statusCode).toBe(403);
    // Lists and searches away from an approved terminal neither show nor count what could not be opened there.
    const listed = async (ip: string) => (await from(ip, '/api/documents?box=mine')).json().items.map((i: { id: string }) => i.id);
    expect(await listed('10.20.30.40')).toContain(doc);
    expect(await listed('10.20.31.40')).not.toContain(doc);
    expect((await t.core.db.selectFrom('audit_log').select('action').where('target_id', '=', doc).where('action', '=', 'document.open').execute()).length).toBe(1);

    const terminal = added.json().id as string;
    expect((await secadmin.req('GET', '/api/approved-terminals')).json().items).toMatchObject([{ id: terminal, name: '机要室', cidr: '10.20.30.0/24', active: true, createdBy: '彭丽' }]);
    expect((await secadmin.req('PUT', `/api/approved-terminals/${terminal}`, { name: '机要室', cidr: '10.20.30.0/24', active: false })).statusCode).toBe(200);
    expect((await from('10.20.30.40', `/api/documents/${doc}`)).statusCode).toBe(403);
    expect(await actions(terminal)).toEqual(['document.terminal.add', 'document.terminal.update']);
    // A 秘密 document needs no approved terminal.
    const secret = await draft('gaoxiang', 'secret');
    expect((await from('10.99.0.1', `/api/documents/${secret}`)).statusCode).toBe(200);
  });
});
